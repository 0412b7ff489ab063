"""Exercise answer: a dead float goes to the float free list, not back to its pool."""

# --8<-- [start:main]
f = float("2.5")                 # 24 bytes: a 32-byte block
old = id(f)
del f                            # kept on the float free list
n = int("1" * 12)                # a 37-bit int: 32 bytes, the same size class
print("int reuses the dead float's block:  ", id(n) == old)
g = float("3.5")
print("float reuses the dead float's block:", id(g) == old)
# --8<-- [end:main]
