"""Which instructions build a list (or a tuple) from each kind of literal."""
import dis

# --8<-- [start:main]
def names(a, b, c):
    return [a, b, c]

def constants():
    return [1, 2, 3]

def unpacked(r):
    return [*r]

def comprehension(r):
    return [i for i in r]

def a_tuple(a, b, c):
    return (a, b, c)

for func in (names, constants, unpacked, comprehension, a_tuple):
    steps = []
    for ins in dis.get_instructions(func):
        if ins.opname in ("RESUME", "NOP"):
            continue
        shown = ins.argrepr or ("" if ins.arg is None else str(ins.arg))
        steps.append(f"{ins.opname} {shown}".strip())
        if ins.opname == "RETURN_VALUE":
            break                           # skip the exception-cleanup tail
    print(f"{func.__name__}:")
    print("   ", "; ".join(steps))
# --8<-- [end:main]
