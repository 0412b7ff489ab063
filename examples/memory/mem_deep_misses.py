"""What a getsizeof-based deep size misses, compared with the bytes tracemalloc saw."""
import gc
import sys
import tracemalloc
import types


def deep_size(obj, seen=None):
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    if isinstance(obj, (type, types.ModuleType, types.FunctionType)):
        return 0
    return sys.getsizeof(obj) + sum(deep_size(c, seen) for c in gc.get_referents(obj))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


# --8<-- [start:main]
def measure(build):
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    data = build()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return deep_size(data), after - before


for name, build in [
    ("1000 Point", lambda: [Point(float(i), float(i)) for i in range(1000)]),
    ("1000 SlotPoint", lambda: [SlotPoint(float(i), float(i)) for i in range(1000)]),
    ("1000 tuples", lambda: [(float(i), float(i)) for i in range(1000)]),
]:
    deep, traced = measure(build)
    print(f"{name:<15} deep_size {deep:>6}  tracemalloc {traced:>6}  "
          f"missed per item {(traced - deep) / 1000:+.1f} B")
# --8<-- [end:main]
