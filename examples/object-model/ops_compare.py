"""Rich comparison: reflected methods, subclasses first, == falls back to identity."""


class Logged:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __lt__(self, other):
        print(f"    {self!r}.__lt__({other!r})")
        return NotImplemented

    def __gt__(self, other):
        print(f"    {self!r}.__gt__({other!r})")
        return NotImplemented

    def __eq__(self, other):
        print(f"    {self!r}.__eq__({other!r})")
        return NotImplemented


class Child(Logged):
    pass


def trial(label, thunk):
    print(f"{label}:")
    try:
        print("    result:", thunk())
    except TypeError as exc:
        print("    TypeError:", exc)


# --8<-- [start:main]
a, b, c = Logged("a"), Logged("b"), Child("c")
trial("a < b", lambda: a < b)
trial("a < c (c is a subclass)", lambda: a < c)
trial("a == b", lambda: a == b)
trial("a == a", lambda: a == a)
trial("a != b", lambda: a != b)
trial("1 < 'x'", lambda: 1 < "x")
trial("[a] == [a]", lambda: [a] == [a])
nan = float("nan")
trial("nan == nan, [nan] == [nan]", lambda: (nan == nan, [nan] == [nan]))
# --8<-- [end:main]
