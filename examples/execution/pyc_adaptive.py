"""co_code is a cleaned-up, cached copy; _co_code_adaptive is the live instruction array."""
import dis

# --8<-- [start:main]
def scale(values, k):
    total = 0
    for v in values:
        total += v * k
    return total

code = scale.__code__

def rewritten():
    """(compiled, live) pairs of instructions whose opcode the interpreter replaced."""
    compiled = dis.get_instructions(scale)
    live = dis.get_instructions(scale, adaptive=True)
    return [(c.opname, a.opname) for c, a in zip(compiled, live)
            if c.opname != a.opname]

before = code.co_code
print("co_code is one cached object:", code.co_code is before)
print("length in bytes, co_code vs live:", len(code.co_code), len(code._co_code_adaptive))
print("rewritten before any call:", rewritten())
for _ in range(200):                       # warm the function up
    scale([1, 2, 3], 2)
for compiled, live in rewritten():
    print(f"  {compiled:22} -> {live}")
print("co_code unchanged by all that:", code.co_code == before)
# --8<-- [end:main]
