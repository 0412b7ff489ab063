"""What one item costs: records, containers, strings and buffers, measured with tracemalloc.

Every case builds its items in a list (the list's own 8 bytes per item are part of each
figure), in a fresh interpreter, so the per-item sizes are exact and repeatable.
"""
import sys
from array import array
from collections import namedtuple
from dataclasses import dataclass

from harness import main_for_module, memory

TITLE = "Memory per item: records, containers, strings and buffers"

N = 10_000
X, Y, Z = 1.5, 2.5, 3.5            # shared values: the cases measure the containers, not the floats
DATA = bytes(range(256)) * 16_000  # 4,096,000 bytes, allocated at import, before tracing starts


# --8<-- [start:records]
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
    x: float
    y: float
    z: float


@memory("10,000 dicts {'x': .., 'y': .., 'z': ..}", count=N)
def dicts():
    return [{"x": X, "y": Y, "z": Z} for _ in range(N)]


@memory("10,000 instances of a plain class with three attributes", count=N)
def plain_instances():
    return [Plain(X, Y, Z) for _ in range(N)]


@memory("10,000 instances of a class with __slots__ = ('x', 'y', 'z')", count=N)
def slots_instances():
    return [Slotted(X, Y, Z) for _ in range(N)]
# --8<-- [end:records]


@memory("10,000 instances of @dataclass(slots=True) with three fields", count=N)
def dataclass_slots():
    return [PointDC(X, Y, Z) for _ in range(N)]


@memory("10,000 namedtuples with three fields", count=N)
def namedtuples():
    return [PointNT(X, Y, Z) for _ in range(N)]


@memory("10,000 three-item tuples (x, y, z)", count=N)
def tuples():
    return [(X, Y, Z) for _ in range(N)]  # names, not literals: a new tuple each time


@memory("10,000 three-item lists [x, y, z]", count=N)
def lists():
    return [[X, Y, Z] for _ in range(N)]


# --8<-- [start:dict_keys]
@memory("10,000 dicts with three int keys {1: .., 2: .., 3: ..}", count=N)
def dicts_int_keys():
    return [{1: X, 2: Y, 3: Z} for _ in range(N)]
# --8<-- [end:dict_keys]


# --8<-- [start:floats]
@memory("10,000 distinct floats in a list", count=N)
def float_list():
    return [float(i) for i in range(N)]


@memory("10,000 doubles in an array('d')", count=N)
def float_array():
    return array("d", [float(i) for i in range(N)])
# --8<-- [end:floats]


# --8<-- [start:strings]
def field_name(i):
    return "".join(["sta", "tus"])  # built at run time: a new str object each call


@memory("10,000 equal strings built at run time", count=N)
def runtime_strs():
    return [field_name(i) for i in range(N)]


@memory("10,000 equal strings built at run time, then sys.intern()", count=N)
def interned_strs():
    return [sys.intern(field_name(i)) for i in range(N)]
# --8<-- [end:strings]


# --8<-- [start:slices]
@memory("10,000 16-byte slices of a bytes object (copies)", count=N)
def bytes_slices_16():
    return [DATA[i * 16:i * 16 + 16] for i in range(N)]


@memory("10,000 16-byte slices of a memoryview (no copy)", count=N)
def memoryview_slices_16():
    view = memoryview(DATA)
    return [view[i * 16:i * 16 + 16] for i in range(N)]


@memory("1,000 4,096-byte slices of a bytes object (copies)", count=1_000)
def bytes_slices_4k():
    return [DATA[i * 4096:i * 4096 + 4096] for i in range(1_000)]


@memory("1,000 4,096-byte slices of a memoryview (no copy)", count=1_000)
def memoryview_slices_4k():
    view = memoryview(DATA)
    return [view[i * 4096:i * 4096 + 4096] for i in range(1_000)]
# --8<-- [end:slices]


# --8<-- [start:pipeline]
@memory("100,000 squares: both steps materialised as lists", count=100_000)
def squares_list():
    numbers = [i + 1 for i in range(100_000)]
    squares = [n * n for n in numbers]
    return numbers, squares  # both lists are alive while the second one is built


@memory("100,000 squares as an unconsumed generator pipeline", count=100_000)
def squares_generator():
    numbers = (i + 1 for i in range(100_000))
    return (n * n for n in numbers)
# --8<-- [end:pipeline]


if __name__ == "__main__":
    main_for_module(__file__)
