"""What each kind of call site becomes after warm-up, version by version."""
import dis


def add(a, b):
    return a + b


def add_default(a, b=2):
    return a + b


def add_star(*args):
    return args[0] + args[1]


def add_kwargs(**kwargs):
    return kwargs["a"] + kwargs["b"]


def make_closure():
    two = 2

    def add_two(a):
        return a + two
    return add_two


add_closure = make_closure()
add_lambda = lambda a, b: a + b  # noqa: E731
ARGS = (1, 2)


class Adder:
    def __init__(self, b):
        self.b = b

    def add(self, a):
        return a + self.b


ADDER = Adder(2)

# --8<-- [start:sites]
SITES = {
    "add(1, 2)":            lambda: add(1, 2),
    "add(a=1, b=2)":        lambda: add(a=1, b=2),
    "add_default(1)":       lambda: add_default(1),
    "add_star(1, 2)":       lambda: add_star(1, 2),
    "add_kwargs(a=1, b=2)": lambda: add_kwargs(a=1, b=2),
    "add(*ARGS)":           lambda: add(*ARGS),
    "add_lambda(1, 2)":     lambda: add_lambda(1, 2),
    "add_closure(1)":       lambda: add_closure(1),
    "ADDER.add(1)":         lambda: ADDER.add(1),
    "abs(-3)":              lambda: abs(-3),
    "max(1, 3)":            lambda: max(1, 3),
    "len(ARGS)":            lambda: len(ARGS),
    "Adder(2)":             lambda: Adder(2),
}
for text, site in SITES.items():
    for _ in range(10):
        site()
    calls = [ins.opname for ins in dis.get_instructions(site, adaptive=True)
             if ins.opname.startswith("CALL")]
    print(f"{text:<22} {' '.join(calls)}")
# --8<-- [end:sites]
