"""LOAD_GLOBAL specialises after a few calls: a cached slot for a global or a builtin."""
import dis

RATE = 3


# --8<-- [start:main]
def price(n):
    return len(str(n)) * RATE

def global_loads():
    return [f"{i.opname} {i.argrepr}" for i in dis.get_instructions(price, adaptive=True)
            if i.opname.startswith("LOAD_GLOBAL")]

print("before any call:", global_loads())
for i in range(100):
    price(i)
print("after 100 calls:", global_loads())

RATE = 4                       # rebinding an existing global keeps the dict's keys
print("price(12) after RATE = 4:", price(12), global_loads())
# --8<-- [end:main]
