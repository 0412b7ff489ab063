"""Exercise: the += in a summing loop, after one long call, on each version."""
import dis


for n in (1000, 100_000):
    namespace = {}
    exec(
        "def total(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n",
        namespace,
    )
    f = namespace["total"]
    result = f(n)
    op = next(i.opname for i in dis.get_instructions(f, adaptive=True)
              if i.opname.startswith("BINARY_OP"))
    print(f"n={n:>7}: result {result:>11} needs {result.bit_length()} bits; += is {op}")
