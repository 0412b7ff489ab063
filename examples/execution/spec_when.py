"""How many calls until an instruction specialises? Counted, not guessed."""
import dis

CASES = [  # (label, source of f, argument, instruction family)
    ("a + b on ints", "def f(x):\n    return x + 1\n", 5, "BINARY_OP"),
    ("x < y on floats", "def f(x):\n    return x < 2.0\n", 1.5, "COMPARE_OP"),
    ("o.x on an instance", "def f(x):\n    return x.x\n", "POINT", "LOAD_ATTR"),
    ("x.real on a float", "def f(x):\n    return x.real\n", 1.5, "LOAD_ATTR"),
    ("global name", "def f(x):\n    return LIMIT\n", 0, "LOAD_GLOBAL"),
    ("builtin call len(x)", "def f(x):\n    return len(x)\n", "abc", "CALL"),
    ("x[0] on a list", "def f(x):\n    return x[0]\n", [7], "BINARY_"),
    ("a, b = x", "def f(x):\n    a, b = x\n    return a\n", (1, 2), "UNPACK_SEQUENCE"),
    ("+ in a 10-pass loop", "def f(x):\n    for i in range(10):\n        x = x + i\n    return x\n",
     0, "BINARY_OP"),
]


class Point:
    def __init__(self):
        self.x = 1


def first(func, family):
    for ins in dis.get_instructions(func, adaptive=True):
        if ins.opname.startswith(family):
            return ins.opname


for label, source, arg, family in CASES:
    namespace = {"LIMIT": 10}
    exec(source, namespace)
    f = namespace["f"]
    start = first(f, family)
    if arg == "POINT":
        arg = Point()
    for calls in range(1, 100):
        f(arg)
        if first(f, family) != start:
            print(f"{label:<20} {start} -> {first(f, family)} on call {calls}")
            break
    else:
        print(f"{label:<20} {start} unchanged after 99 calls")
