"""When does `s += t` extend s in place? A test that needs no clock."""
import dis

# --8<-- [start:inplace]
def grow(case):
    s = "".join(["x"] * 8)           # fresh: one reference, not interned, no cached hash
    keep = None
    trace = []
    for _ in range(6):
        before = id(s)
        if case == "another reference":
            keep = s                 # a second reference to the old string
        elif case == "hashed":
            hash(s)                  # fills the cached hash field
        s += "y" if case != "ascii += latin-1" else "é"
        trace.append("same" if id(s) == before else "new")
    return " ".join(trace)

grow("plain")                        # warm up: let BINARY_OP specialise first
for case in ["plain", "another reference", "hashed", "ascii += latin-1"]:
    print(f"{case:18} {grow(case)}")

ops = sorted({i.opname for i in dis.get_instructions(grow, adaptive=True)
              if i.opname.startswith("BINARY_OP_") and "UNICODE" in i.opname})
print("specialised:", ops)
# --8<-- [end:inplace]

# --8<-- [start:global]
g = "".join(["x"] * 8)              # a module-level name: STORE_NAME, not STORE_FAST
trace = []
for _ in range(6):
    before = id(g)
    g += "y"
    trace.append("same" if id(g) == before else "new")
print("module global     ", " ".join(trace))
# --8<-- [end:global]

# --8<-- [start:cost]
def build_with_history(n):
    """+= while a list keeps every intermediate string alive."""
    s, history = "", []
    for _ in range(n):
        s += "y"
        history.append(s)                # defeats the in-place path
    # every intermediate is a separate object that was filled character by character
    return len({id(h) for h in history}), sum(len(h) for h in history)

for n in (100, 1_000, 10_000):
    objects, copied = build_with_history(n)
    joined = "".join(["y"] * n)           # one allocation of exactly n characters
    print(f"n={n:>6,}: += made {objects:>6,} strings holding {copied:>11,} characters "
          f"in total; join made 1 string of {len(joined):,}")
# --8<-- [end:cost]
