"""What __slots__ takes away, and how to lose the saving by accident."""
import sys
import weakref


class Slotted:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


# --8<-- [start:layout]
print("member descriptor:", type(Slotted.__dict__["x"]).__name__)
print("basicsize:", Slotted.__basicsize__, "=", object.__basicsize__, "+ 3 x 8")
s = Slotted(1, 2, 3)
print("has __dict__:", hasattr(s, "__dict__"))
try:
    weakref.ref(s)
except TypeError as e:
    print("weakref.ref:", e)
# --8<-- [end:layout]


# --8<-- [start:pitfalls]
class WithWeakref:
    __slots__ = ("x", "y", "z", "__weakref__")


class Forgot(Slotted):          # a subclass without its own __slots__
    pass


class Kept(Slotted):
    __slots__ = ()


for cls in (Slotted, WithWeakref, Forgot, Kept):
    obj = cls.__new__(cls)
    print(f"{cls.__name__:12} getsizeof={sys.getsizeof(obj):3} "
          f"dict={hasattr(obj, '__dict__')!s:5} weakref={cls.__weakrefoffset__ != 0}")
# --8<-- [end:pitfalls]
