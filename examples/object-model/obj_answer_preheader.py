"""Exercise answer: which classes carry the pre-header (managed dict and weak reference slots)."""
import sys

# --8<-- [start:main]
MANAGED_WEAKREF, MANAGED_DICT = 1 << 3, 1 << 4   # Py_TPFLAGS_* values from Include/object.h


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


for cls in (object, int, list, Plain, Slotted, SlottedWeak):
    flags = cls.__flags__
    print(f"{cls.__name__:<12} managed dict: {bool(flags & MANAGED_DICT)!s:<5} "
          f"managed weakref: {bool(flags & MANAGED_WEAKREF)!s:<5} getsizeof(instance): {sys.getsizeof(cls())}")
# --8<-- [end:main]
