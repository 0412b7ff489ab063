"""__slots__: one member descriptor per name, fixed offsets, no per-instance dict."""
import sys


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = Slotted(1, 2)
d = Slotted.__dict__["x"]
print("Slotted.__dict__['x']:", type(d).__name__, "| data descriptor:", hasattr(d, "__set__"))
print("d.__get__(s, Slotted):", d.__get__(s, Slotted), "| d.__get__(None, Slotted) is d:",
      d.__get__(None, Slotted) is d)
print("has __dict__:", hasattr(s, "__dict__"), "| has __weakref__:", hasattr(s, "__weakref__"))
try:
    s.z = 3
except AttributeError as e:
    print("s.z = 3 ->", e)
del s.y
try:
    s.y
except AttributeError as e:
    print("after del s.y, s.y ->", e)


class WithDict:
    __slots__ = ("x", "__dict__", "__weakref__")


w = WithDict()
w.x, w.extra = 1, 2
print("WithDict: x in __dict__:", "x" in w.__dict__, "| extra in __dict__:", "extra" in w.__dict__)
for cls in (Slotted, WithDict):
    print(f"{cls.__name__:9} basicsize {cls.__basicsize__:2}  dictoffset {cls.__dictoffset__:3}  "
          f"weakrefoffset {cls.__weakrefoffset__:3}  getsizeof {sys.getsizeof(cls.__new__(cls))}")
