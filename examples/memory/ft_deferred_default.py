"""Deferred reference counting and immortalisation as the DEFAULT build sees them.
The free-threaded build would answer differently (not recorded here)."""
import ctypes
import sys


def top_level_function():
    pass


# --8<-- [start:main]
api = ctypes.pythonapi
name = "PyUnstable_Object_EnableDeferredRefcount"
if hasattr(api, name):
    enable = getattr(api, name)
    enable.argtypes = [ctypes.py_object]
    enable.restype = ctypes.c_int
    print(f"{name}(function) ->", enable(top_level_function))
else:
    print(f"{name}: absent")

try:
    from _testinternalcapi import has_deferred_refcount
except ImportError:
    print("has_deferred_refcount: absent")
else:
    for obj in (top_level_function, sys, type(sys)):
        print("deferred refcount:", type(obj).__name__, has_deferred_refcount(obj))

runtime_string = sys.intern("".join(["free", "-", "threaded"]))
if hasattr(sys, "_is_immortal"):
    print("interned string immortal:", sys._is_immortal(runtime_string))
    print("function immortal:", sys._is_immortal(top_level_function))
else:
    print("sys._is_immortal: absent")
# --8<-- [end:main]
