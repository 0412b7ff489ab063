"""Answer: the smallest number of locals for which a function needs EXTENDED_ARG."""
import dis

# --8<-- [start:main]
def make(n):
    body = "\n".join(f"    v{i} = None" for i in range(n))
    namespace = {}
    exec(f"def f():\n{body}\n    return v{n - 1}\n", namespace)
    return namespace["f"]

for n in range(254, 260):
    uses = sum(i.opname == "EXTENDED_ARG" for i in dis.get_instructions(make(n)))
    print(f"{n} locals: {uses} EXTENDED_ARG")
# --8<-- [end:main]
