"""Where a memory layout changes the speed: attribute reads, instance creation, summing
floats, slicing buffers, and a full collection with many live objects."""
import gc
from array import array
from collections import namedtuple
from dataclasses import dataclass

from harness import main_for_module, timed, wall

TITLE = "Memory layouts and speed: attributes, creation, arrays, slices, collections"


class Plain:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Slotted:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


PointNT = namedtuple("PointNT", "x y z")


@dataclass(slots=True)
class PointDC:
    x: int
    y: int
    z: int


# --8<-- [start:read_attr]
@timed("a read p.x of an attribute of a plain instance", check="read")
def read_attr_plain(loops):
    p = Plain(1, 2, 3)
    total = 0
    for _ in range(loops):
        total += p.x
    return total


@timed("a read p.x of a __slots__ attribute", check="read")
def read_attr_slots(loops):
    p = Slotted(1, 2, 3)
    total = 0
    for _ in range(loops):
        total += p.x
    return total
# --8<-- [end:read_attr]


@timed("a read p.x of a namedtuple field", check="read")
def read_attr_namedtuple(loops):
    p = PointNT(1, 2, 3)
    total = 0
    for _ in range(loops):
        total += p.x
    return total


# --8<-- [start:create]
@timed("creating one instance of a plain class (three attributes)", check="create")
def create_plain(loops):
    for i in range(loops):
        p = Plain(i, 2, 3)
    return p.y + p.z


@timed("creating one instance of a __slots__ class", check="create")
def create_slots(loops):
    for i in range(loops):
        p = Slotted(i, 2, 3)
    return p.y + p.z
# --8<-- [end:create]


@timed("creating one namedtuple", check="create")
def create_namedtuple(loops):
    for i in range(loops):
        p = PointNT(i, 2, 3)
    return p.y + p.z


@timed("creating one @dataclass(slots=True) instance", check="create")
def create_dataclass_slots(loops):
    for i in range(loops):
        p = PointDC(i, 2, 3)
    return p.y + p.z


FLOATS = [float(i % 1000) for i in range(1000)]
DOUBLES = array("d", FLOATS)


# --8<-- [start:sum]
@timed("sum() over 1,000 floats in a list (per call)", check="sum")
def sum_list(loops):
    for _ in range(loops):
        total = sum(FLOATS)
    return total


@timed("sum() over 1,000 doubles in an array('d') (per call)", check="sum")
def sum_array(loops):
    for _ in range(loops):
        total = sum(DOUBLES)
    return total
# --8<-- [end:sum]


BLOB = bytes(range(256)) * 64  # 16 KiB


# --8<-- [start:slice]
@timed("one 4,096-byte slice of a bytes object (a copy)", check="slice")
def slice_bytes(loops):
    n = 0
    for i in range(loops):
        n += len(BLOB[4096:8192])
    return n // loops


@timed("one 4,096-byte slice of a memoryview (no copy)", check="slice")
def slice_memoryview(loops):
    view = memoryview(BLOB)
    n = 0
    for i in range(loops):
        n += len(view[4096:8192])
    return n // loops
# --8<-- [end:slice]


_live = []


def _heap():
    """200,000 live tracked objects (100,000 instances and their lists), built once."""
    if not _live:
        _live.extend(Plain([i], i, i) for i in range(100_000))
    return _live


# --8<-- [start:collect]
@wall("gc.collect() with 100,000 live instances holding lists", check="collect")
def collect_live():
    heap = _heap()
    gc.collect()
    return len(heap)


@timed("one gc.collect() with the same heap frozen by gc.freeze()", check="collect")
def collect_frozen(loops):
    heap = _heap()
    gc.freeze()                  # once: the loop times only the collections
    for _ in range(loops):
        gc.collect()
    gc.unfreeze()
    return len(heap)
# --8<-- [end:collect]


if __name__ == "__main__":
    main_for_module(__file__)
