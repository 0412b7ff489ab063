"""Exercise answer: how many instructions (without caches) a small loop compiles to."""
import dis

# --8<-- [start:main]
def add_all(prices):
    total = 0
    for p in prices:
        total += p
    return total

names = [i.opname for i in dis.get_instructions(add_all) if i.opname != "CACHE"]
print(len(names), "instructions")
print(" ".join(names))
# --8<-- [end:main]
