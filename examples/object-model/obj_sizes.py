"""What sys.getsizeof adds to the size an object reports for itself (__sizeof__)."""
import gc
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


# --8<-- [start:main]
samples = {"object()": object(), "42": 42, "1.0": 1.0, "[]": [], "()": (),
           "Plain()": Plain(), "Slotted()": Slotted(), "int": int}
print(f"{'object':<10} {'__sizeof__':>10} {'getsizeof':>10} {'added':>6}  tracked by the GC")
for label, obj in samples.items():
    own = type(obj).__sizeof__(obj)
    total = sys.getsizeof(obj)
    print(f"{label:<10} {own:>10} {total:>10} {total - own:>6}  {gc.is_tracked(obj)}")
# --8<-- [end:main]
