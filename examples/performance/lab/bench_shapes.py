"""Stable and unstable shapes: one attribute load or one addition that always sees the same
kind of object, against the same operation fed several kinds."""
from harness import main_for_module, timed

TITLE = "Stable and unstable shapes"

N = 64  # objects visited per operation


class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, x):
        self.x = x


class R:
    def __init__(self, x):
        self.x = x


class S:
    def __init__(self, x):
        self.x = x


class Either:
    def __init__(self, x, flip):
        if flip:                      # the same two attributes, in the other order
            self.y = 0
            self.x = x
        else:
            self.x = x
            self.y = 0


class Crowded:
    def __init__(self, x):
        self.x = x
        for i in range(40):           # more attributes than an inline-values layout holds
            setattr(self, f"a{i}", i)


class Fallback:
    def __getattr__(self, name):      # x is never stored: every read falls back here
        if name == "x":
            return self._x
        raise AttributeError(name)

    def __init__(self, x):
        self._x = x


class Churned:
    def __init__(self, x):
        self.x = x


Churned.generation = 0
for _ in range(2000):                # a class attribute used as a counter: each += reads
    Churned.generation += 1          # the class (giving it a new version) and modifies it

ONE = [P(i) for i in range(N)]
TWO = [(P if i % 2 else Q)(i) for i in range(N)]
FOUR = [(P, Q, R, S)[i % 4](i) for i in range(N)]
ORDERS = [Either(i, i % 2) for i in range(N)]
CROWDED = [Crowded(i) for i in range(N)]
FALLBACK = [Fallback(i) for i in range(N)]
CHURNED = [Churned(i) for i in range(N)]
INTS = list(range(N))
FLOATS = [float(i) for i in range(N)]
MIXED = [i if i % 2 else float(i) for i in range(N)]


# --8<-- [start:one_class]
@timed("o.x over 64 instances of one class (one shape)", check="attr")
def one_class(loops):
    objs = ONE
    total = 0
    for _ in range(loops):
        for o in objs:
            total += o.x
    return total
# --8<-- [end:one_class]


# --8<-- [start:two_classes]
@timed("o.x over 64 instances of two classes, alternating", check="attr")
def two_classes(loops):
    objs = TWO
    total = 0
    for _ in range(loops):
        for o in objs:
            total += o.x
    return total
# --8<-- [end:two_classes]


@timed("o.x over 64 instances of four classes, in turn", check="attr")
def four_classes(loops):
    objs = FOUR
    total = 0
    for _ in range(loops):
        for o in objs:
            total += o.x
    return total


@timed("o.x over 64 instances of one class, attributes set in two orders", check="attr")
def two_orders(loops):
    objs = ORDERS
    total = 0
    for _ in range(loops):
        for o in objs:
            total += o.x
    return total


@timed("o.x over 64 instances with 41 attributes each", check="attr")
def crowded(loops):
    objs = CROWDED
    total = 0
    for _ in range(loops):
        for o in objs:
            total += o.x
    return total


@timed("o.x over 64 instances where x comes from __getattr__", check="attr")
def getattr_fallback(loops):
    objs = FALLBACK
    total = 0
    for _ in range(loops):
        for o in objs:
            total += o.x
    return total


@timed("o.x over 64 instances of a class modified 2,000 times at import", check="attr")
def churned_class(loops):
    objs = CHURNED
    total = 0
    for _ in range(loops):
        for o in objs:
            total += o.x
    return total


# --8<-- [start:numbers]
@timed("t += x over 64 floats (float + float)", check="num")
def float_plus_float(loops):
    xs = FLOATS
    total = 0.0
    for _ in range(loops):
        for x in xs:
            total += x
    return total


@timed("t += x over 64 ints into a float total (float + int)", check="num")
def float_plus_int(loops):
    xs = INTS
    total = 0.0
    for _ in range(loops):
        for x in xs:
            total += x
    return total
# --8<-- [end:numbers]


@timed("t += x over 64 values alternating int and float", check="num")
def float_plus_mixed(loops):
    xs = MIXED
    total = 0.0
    for _ in range(loops):
        for x in xs:
            total += x
    return total


if __name__ == "__main__":
    main_for_module(__file__)
