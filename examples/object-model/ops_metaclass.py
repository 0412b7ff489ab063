"""type(type), and what calling a class runs when the metaclass defines __call__."""

# --8<-- [start:types]
print("type(42)   =", type(42))
print("type(int)  =", type(int))
print("type(type) =", type(type))
print("type.__call__ is a", type(type.__dict__["__call__"]).__name__)
# --8<-- [end:types]


# --8<-- [start:call]
class Meta(type):
    def __new__(mcls, name, bases, namespace):
        print(f"Meta.__new__ builds class {name}")
        return super().__new__(mcls, name, bases, namespace)

    def __call__(cls, *args):
        print(f"Meta.__call__({cls.__name__}, {args})")
        instance = super().__call__(*args)     # type.__call__: __new__ then __init__
        print("Meta.__call__ returns")
        return instance


class Point(metaclass=Meta):
    def __new__(cls, x, y):
        print("  Point.__new__")
        return super().__new__(cls)

    def __init__(self, x, y):
        print("  Point.__init__")
        self.x, self.y = x, y


p = Point(1, 2)
print("type(Point) =", type(Point).__name__, "; p.x =", p.x)
# --8<-- [end:call]
