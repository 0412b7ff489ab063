"""What a call costs: positional, keyword, defaults, *args and **kwargs, methods, builtins,
closures and classes, each called the same number of times with the same result."""
from harness import main_for_module, timed

TITLE = "Calling functions"


def add(a, b):
    return a + b


def add_default(a, b=2):
    return a + b


def add_star(*args):
    return args[0] + args[1]


def add_kwargs(**kwargs):
    return kwargs["a"] + kwargs["b"]


def _make_closure():
    two = 2

    def add_two(a):
        return a + two
    return add_two


add_closure = _make_closure()
add_lambda = lambda a, b: a + b  # noqa: E731


class Adder:
    def __init__(self, b):
        self.b = b

    def add(self, a):
        return a + self.b


class Box:
    def __init__(self, value):
        self.value = value


def box(value):
    return value


ADDER = Adder(2)


# --8<-- [start:positional]
@timed("a call add(1, 2) of a two-argument Python function", check="add")
def positional(loops):
    total = 0
    for _ in range(loops):
        total += add(1, 2)
    return total
# --8<-- [end:positional]


# --8<-- [start:keyword]
@timed("the same call with keywords, add(a=1, b=2)", check="add")
def keyword(loops):
    total = 0
    for _ in range(loops):
        total += add(a=1, b=2)
    return total
# --8<-- [end:keyword]


@timed("add_default(1), the second argument from a default", check="add")
def default_arg(loops):
    total = 0
    for _ in range(loops):
        total += add_default(1)
    return total


# --8<-- [start:star]
@timed("add_star(1, 2) into def add_star(*args)", check="add")
def star_args(loops):
    total = 0
    for _ in range(loops):
        total += add_star(1, 2)
    return total


@timed("add_kwargs(a=1, b=2) into def add_kwargs(**kwargs)", check="add")
def star_kwargs(loops):
    total = 0
    for _ in range(loops):
        total += add_kwargs(a=1, b=2)
    return total
# --8<-- [end:star]


@timed("add_lambda(1, 2), a lambda stored in a global", check="add")
def lambda_call(loops):
    total = 0
    for _ in range(loops):
        total += add_lambda(1, 2)
    return total


@timed("add_closure(1), a closure over a free variable", check="add")
def closure(loops):
    total = 0
    for _ in range(loops):
        total += add_closure(1)
    return total


# --8<-- [start:method]
@timed("a method call obj.add(1)", check="add")
def method(loops):
    obj = ADDER
    total = 0
    for _ in range(loops):
        total += obj.add(1)
    return total


@timed("the bound method fetched once into a local, then add(1)", check="add")
def bound_method_local(loops):
    bound = ADDER.add
    total = 0
    for _ in range(loops):
        total += bound(1)
    return total
# --8<-- [end:method]


@timed("a builtin call abs(-3) (a C function with one argument)", check="three")
def builtin_one_arg(loops):
    total = 0
    for _ in range(loops):
        total += abs(-3)
    return total


@timed("a builtin call max(1, 3) (a C function with several arguments)", check="three")
def builtin_max(loops):
    total = 0
    for _ in range(loops):
        total += max(1, 3)
    return total


# --8<-- [start:init]
@timed("Box(3).value: create an instance through a Python __init__", check="box")
def class_init(loops):
    total = 0
    for _ in range(loops):
        total += Box(3).value
    return total


@timed("box(3): a plain function call that returns its argument", check="box")
def function_instead(loops):
    total = 0
    for _ in range(loops):
        total += box(3)
    return total
# --8<-- [end:init]


if __name__ == "__main__":
    main_for_module(__file__)
