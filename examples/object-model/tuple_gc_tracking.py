"""When the cyclic garbage collector stops tracking a tuple."""
import gc

# --8<-- [start:main]
x, y = 1, "two"
tuples = {
    "tuple(range(3))": tuple(range(3)),     # built from an iterator
    "(x, y)": (x, y),                       # built by BUILD_TUPLE
    "tuple([x, y])": tuple([x, y]),         # copied from a list
    "((x, y), x)": ((x, y), x),             # holds another tuple
    "(x, [])": (x, []),                     # holds a list: can be part of a cycle
}

def tracked():
    return "  ".join("T" if gc.is_tracked(t) else "." for t in tuples.values())

print("                ", "  ".join(f"{i}" for i in range(1, len(tuples) + 1)))
print("when created:   ", tracked())
gc.collect()
print("after collect 1:", tracked())
gc.collect()
print("after collect 2:", tracked())
for i, label in enumerate(tuples, 1):
    print(f"  {i} = {label}")
# --8<-- [end:main]
