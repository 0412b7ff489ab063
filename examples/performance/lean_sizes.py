"""One record, seven ways: what sys.getsizeof reports and what tracemalloc sees allocated."""
import sys
import tracemalloc
from collections import namedtuple
from dataclasses import dataclass

N = 1_000
X, Y, Z = 1.5, 2.5, 3.5  # shared values: we measure the containers only


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


# --8<-- [start:measure]
def traced_per_item(make):
    """Bytes tracemalloc sees allocated, per item, for N items kept alive."""
    items = [None] * N           # the holding list exists before tracing starts
    make()                       # warm up: the class's shared keys, caches
    drain = [make() for _ in range(N)]  # empty the free lists of recycled objects
    tracemalloc.start()
    for i in range(N):
        items[i] = make()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del drain
    return size / N


makers = {
    "dict": lambda: {"x": X, "y": Y, "z": Z},
    "plain class": lambda: Plain(X, Y, Z),
    "__slots__": lambda: Slotted(X, Y, Z),
    "dataclass(slots)": lambda: PointDC(X, Y, Z),
    "namedtuple": lambda: PointNT(X, Y, Z),
    "tuple": lambda: (X, Y, Z),
    "list": lambda: [X, Y, Z],
}
print(f"{'record':18} {'getsizeof':>9} {'traced':>8}")
for name, make in makers.items():
    print(f"{name:18} {sys.getsizeof(make()):9} {traced_per_item(make):8.1f}")
# --8<-- [end:measure]
