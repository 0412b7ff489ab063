"""Jump offsets that do not fit in one byte need EXTENDED_ARG."""
import dis

# --8<-- [start:main]
def make(n):
    """Build def f(c): if c: x0 = 0 ... x{n-1} = 0; return c."""
    lines = ["def f(c):", "    if c:"]
    lines += [f"        x{i} = 0" for i in range(n)]
    lines += ["    return c"]
    namespace = {}
    exec("\n".join(lines), namespace)
    return namespace["f"]

for n in (10, 200):
    f = make(n)
    jumps = [(i.opname, i.arg) for i in dis.get_instructions(f)
             if i.opname.startswith("POP_JUMP") or i.opname == "EXTENDED_ARG"]
    print(f"{n:3} assignments in the body:", jumps)
# --8<-- [end:main]
