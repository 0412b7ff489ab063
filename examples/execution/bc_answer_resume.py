"""Answer: the argument of every RESUME in a function, a generator and a coroutine."""
import dis
import sys

# --8<-- [start:main]
def plain():
    return 1

def gen():
    yield 1
    yield from range(2)

async def coro(other):
    await other

mask = 0x7 if sys.version_info >= (3, 15) else 0x3
where = {0: "start", 1: "after yield", 2: "after yield from", 3: "after await"}
for fn in (plain, gen, coro):
    args = [i.arg for i in dis.get_instructions(fn) if i.opname == "RESUME"]
    decoded = [f"{a}={where.get(a & mask, '?')}" for a in args]
    print(f"{fn.__name__:<6}", ", ".join(decoded))
# --8<-- [end:main]
