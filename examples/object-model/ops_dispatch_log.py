"""Which dunder runs, in which order, for a + b."""


def logged(cls_name, *, add=NotImplemented, radd=NotImplemented):
    """Make a class whose __add__/__radd__ log their call and return a fixed value."""
    def __add__(self, other):
        print(f"    {cls_name}.__add__({type(other).__name__})")
        return add

    def __radd__(self, other):
        print(f"    {cls_name}.__radd__({type(other).__name__})")
        return radd

    return type(cls_name, (), {"__add__": __add__, "__radd__": __radd__})


def trial(label, a, b):
    print(f"{label}:")
    try:
        print("    result:", a + b)
    except TypeError as exc:
        print("    TypeError:", exc)


# --8<-- [start:basic]
A = logged("A", add="A handled it")
B = logged("B", radd="B handled it")
trial("A() + B()", A(), B())

A2 = logged("A2")                       # __add__ returns NotImplemented
trial("A2() + B()", A2(), B())

C = logged("C")                         # neither side can do it
trial("A2() + C()", A2(), C())
# --8<-- [end:basic]


# --8<-- [start:subclass]
class Base:
    def __add__(self, other):
        print(f"    Base.__add__ on a {type(self).__name__}")
        return "Base.__add__"

    def __radd__(self, other):
        print(f"    Base.__radd__ on a {type(self).__name__}")
        return "Base.__radd__"


class Overrides(Base):
    def __radd__(self, other):
        print(f"    Overrides.__radd__ on a {type(self).__name__}")
        return "Overrides.__radd__"


class Inherits(Base):
    pass


trial("Base() + Overrides()", Base(), Overrides())
trial("Base() + Inherits()", Base(), Inherits())
trial("1 + Inherits()", 1, Inherits())
# --8<-- [end:subclass]
