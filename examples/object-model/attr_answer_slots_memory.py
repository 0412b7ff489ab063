"""Exercise: what do '__weakref__' and '__dict__' in __slots__ cost per object?"""
import sys
import tracemalloc


def bytes_per_object(make, n=10_000):
    make()
    keep = [None] * n
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        keep[i] = make()
    used = tracemalloc.get_traced_memory()[0] - start
    tracemalloc.stop()
    return round(used / n)


def make_class(slots):
    def __init__(self):
        self.x, self.y, self.z = 1, 2, 3
    return type("P", (), {"__slots__": slots, "__init__": __init__})


for slots in [("x", "y", "z"),
              ("x", "y", "z", "__weakref__"),
              ("x", "y", "z", "__dict__"),
              ("x", "y", "z", "__dict__", "__weakref__")]:
    cls = make_class(slots)
    inline = bool(cls.__flags__ & (1 << 2))          # Py_TPFLAGS_INLINE_VALUES, 3.13+
    print(f"{', '.join(slots):30} inline values {inline!s:5}  getsizeof "
          f"{sys.getsizeof(cls()):2}  allocated {bytes_per_object(cls)}")
