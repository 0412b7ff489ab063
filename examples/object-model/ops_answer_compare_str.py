"""Which string comparisons specialise: == and != only."""
import dis


def fresh(op):
    namespace = {}
    exec(f"def f(a, b):\n    return a {op} b\n", namespace)
    return namespace["f"]


for op in ("==", "!=", "<", ">="):
    func = fresh(op)
    for _ in range(20):
        func("spam", "eggs")
    name = next(i.opname for i in dis.get_instructions(func, adaptive=True)
                if i.opname.startswith("COMPARE_OP"))
    print(f"str {op:<2} str -> {name}")
