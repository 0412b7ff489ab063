"""Which build is this? The checks the free-threading HOWTO recommends, run on
the default (GIL) builds that record this book. A free-threaded build would
answer differently; that is not recorded here."""
import sys
import sysconfig

# --8<-- [start:main]
print("Py_GIL_DISABLED config var:", sysconfig.get_config_var("Py_GIL_DISABLED"))
print("sys.abiflags:", repr(sys.abiflags))
print("'free-threading' in sys.version:", "free-threading" in sys.version)
if hasattr(sys, "_is_gil_enabled"):
    print("sys._is_gil_enabled():", sys._is_gil_enabled())
else:
    print("sys._is_gil_enabled: absent")
print("WITH_MIMALLOC config var:", sysconfig.get_config_var("WITH_MIMALLOC"))
# --8<-- [end:main]

# --8<-- [start:sizes]
print("object.__basicsize__:", object.__basicsize__)
print("sys.getsizeof(None):", sys.getsizeof(None))
print("sys.getsizeof(1.5):", sys.getsizeof(1.5))
print("sys.getsizeof([]):", sys.getsizeof([]),
      "= list.__basicsize__", list.__basicsize__, "+ GC pre-header")
# --8<-- [end:sizes]
