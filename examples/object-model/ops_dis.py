"""What the compiler emits for a + b, a < b, a == b, a[b] and `if a:`."""
import dis


# --8<-- [start:main]
def add(a, b):
    return a + b

def less(a, b):
    return a < b

def equal(a, b):
    return a == b

def item(a, b):
    return a[b]

def branch(a):
    if a:
        return 1
    return 0

for func in (add, less, equal, item, branch):
    steps = []
    for ins in dis.get_instructions(func):
        if ins.opname in ("RESUME", "NOP", "NOT_TAKEN"):
            continue
        shown = ins.argrepr or ("" if ins.arg is None else str(ins.arg))
        if ins.opname in ("BINARY_OP", "COMPARE_OP"):
            shown = f"{ins.arg} ({ins.argrepr})"
        steps.append(f"{ins.opname} {shown}".strip())
        if ins.opname.startswith("RETURN"):
            break
    print(f"{func.__name__:<7}", "; ".join(steps))
# --8<-- [end:main]
