"""Exercise: shadow a builtin after LOAD_GLOBAL has specialised for it."""
import dis


# --8<-- [start:main]
def digits(n):
    return len(str(n))

def global_loads():
    return [f"{i.opname} {i.argrepr}" for i in dis.get_instructions(digits, adaptive=True)
            if i.opname.startswith("LOAD_GLOBAL")][0]

for i in range(100):
    digits(i)
print("warm:          ", digits(12345), global_loads())

len = lambda s: 99            # a module global now hides the builtin  # noqa: E731
print("shadowed:      ", digits(12345), global_loads())
for i in range(100):
    digits(i)
print("100 calls on:  ", digits(12345), global_loads())

del len                       # the builtin is visible again
print("after del len: ", digits(12345), global_loads())
# --8<-- [end:main]
