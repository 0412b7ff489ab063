"""What BINARY_OP, COMPARE_OP and TO_BOOL specialise to after warm-up."""
import dis

SOURCE = {
    "add": "def f(a, b):\n    return a + b\n",
    "less": "def f(a, b):\n    return a < b\n",
    "truth": "def f(a, b):\n    if a:\n        return 1\n    return 0\n",
}
FAMILIES = ("BINARY_OP", "COMPARE_OP", "TO_BOOL")


def fresh(kind):
    namespace = {}
    exec(SOURCE[kind], namespace)       # a new, unspecialised code object
    return namespace["f"]


def shown(func):
    return [i.opname for i in dis.get_instructions(func, adaptive=True)
            if i.opname.startswith(FAMILIES)]


class Plain:
    def __add__(self, other):
        return self

    def __lt__(self, other):
        return True


# --8<-- [start:main]
CASES = [
    ("add", "int + int", 1, 2), ("add", "str + str", "a", "b"),
    ("add", "list + list", [1], [2]), ("add", "Plain + Plain", Plain(), Plain()),
    ("less", "int < int", 1, 2), ("less", "float < float", 1.0, 2.0),
    ("less", "str < str", "a", "b"), ("less", "Plain < Plain", Plain(), Plain()),
    ("truth", "if int", 5, None), ("truth", "if list", [1], None),
    ("truth", "if None", None, None), ("truth", "if str", "x", None),
    ("truth", "if Plain", Plain(), None),
]
for kind, label, a, b in CASES:
    func = fresh(kind)
    for _ in range(20):
        func(a, b)
    print(f"{label:<14}", ", ".join(shown(func)) or "(no such instruction)")
# --8<-- [end:main]
