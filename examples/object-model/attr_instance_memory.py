"""Where an instance keeps its attributes: flags, sys.getsizeof and real allocations."""
import sys
import tracemalloc

import _testinternalcapi

MANAGED_DICT, INLINE_VALUES = 1 << 4, 1 << 2      # Py_TPFLAGS_* bits in Include/object.h


class Point:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


class SlotPoint:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


# --8<-- [start:flags]
print("Point flags: MANAGED_DICT", bool(Point.__flags__ & MANAGED_DICT),
      "| INLINE_VALUES", bool(Point.__flags__ & INLINE_VALUES),
      "| __basicsize__", Point.__basicsize__, "| __dictoffset__", Point.__dictoffset__)
p = Point(1, 2, 3)
if hasattr(_testinternalcapi, "has_inline_values"):          # 3.13+
    inline = _testinternalcapi.has_inline_values
    print("has_inline_values(p):", inline(p), end="")
    p.__dict__
    print(" | after p.__dict__:", inline(p), end="")
    p.__dict__ = {"x": 1, "y": 2, "z": 3}
    print(" | after replacing __dict__:", inline(p))
print("sys.getsizeof(p):", sys.getsizeof(p), "| SlotPoint:", sys.getsizeof(SlotPoint(1, 2, 3)))
# --8<-- [end:flags]


# --8<-- [start:measure]
def bytes_per_object(make, n=10_000):
    """Bytes allocated per object, as tracemalloc counts them (requested sizes)."""
    make()                                   # warm up the class's shared keys
    keep = [None] * n
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        keep[i] = make()
    used = tracemalloc.get_traced_memory()[0] - start
    tracemalloc.stop()
    return round(used / n)


def point_with_dict():
    q = Point(1, 2, 3)
    q.__dict__                               # ask for the dict: it must be built
    return q


print("Point, attributes only:   ", bytes_per_object(lambda: Point(1, 2, 3)), "bytes")
print("Point, __dict__ requested:", bytes_per_object(point_with_dict), "bytes")
print("SlotPoint:                ", bytes_per_object(lambda: SlotPoint(1, 2, 3)), "bytes")
# --8<-- [end:measure]
