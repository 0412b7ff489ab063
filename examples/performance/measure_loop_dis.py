"""What a timing loop really executes: the loop itself, folded constants, discarded results."""
import dis


def show(title, func):
    ops = [f"{i.opname} {i.argrepr or (i.argval if i.arg is not None else '')}".strip() for i in dis.get_instructions(func)
           if i.opname not in ("RESUME", "CACHE", "NOP")]
    print(f"{title}:")
    print("   " + "\n   ".join(ops))


# --8<-- [start:main]
def empty(loops):
    for _ in range(loops):
        pass

def folded(loops):
    for _ in range(loops):
        x = 2 ** 20

def discarded(loops):
    a, b = 2, 20
    for _ in range(loops):
        a + b

def unreachable(loops):
    for _ in range(loops):
        if False:
            expensive()

show("empty loop", empty)
show("x = 2 ** 20", folded)
show("a + b, result unused", discarded)
show("if False: expensive()", unreachable)
# --8<-- [end:main]
