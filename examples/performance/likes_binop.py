"""One addition, t + x, fed ints, floats, strings and mixtures: the form it settles on."""
import dis
import types


def add(t, x):
    return t + x


def form_after(pairs, calls=1000):
    """Run a fresh copy of add over the pairs, in turn; return the final form of its +."""
    fresh = types.FunctionType(add.__code__.replace(), globals())
    for i in range(calls):
        fresh(*pairs[i % len(pairs)])
    return next(ins.opname for ins in dis.get_instructions(fresh, adaptive=True)
                if ins.opname.startswith("BINARY_OP"))


# --8<-- [start:mixed]
CASES = {
    "int + int":              [(1, 2)],
    "float + float":          [(1.5, 2.0)],
    "str + str":              [("a", "b")],
    "float + int":            [(1.5, 2)],
    "int + float":            [(1, 2.5)],
    "float + big int":        [(1.5, 2 ** 40)],
    "int + int, then floats": [(1, 2)] * 500 + [(1.5, 2.0)] * 500,
}
for label, pairs in CASES.items():
    print(f"{label:<24} {form_after(pairs)}")
# --8<-- [end:mixed]
