"""sys.getsizeof of strings of each kind and several lengths."""
import sys

# --8<-- [start:table]
# One representative character per kind; the strings are built at run time.
chars = {"ascii": "a", "latin-1": "é", "ucs-2": "€", "ucs-4": "🐍"}
lengths = [0, 1, 2, 10, 100, 1000]
print(f"{'length':>8}" + "".join(f"{k:>9}" for k in chars))
for n in lengths:
    row = []
    for ch in chars.values():
        s = "".join([ch] * n)
        row.append(sys.getsizeof(s))
    print(f"{n:>8}" + "".join(f"{size:>9}" for size in row))
# --8<-- [end:table]

# --8<-- [start:widen]
base = "".join(["a"] * 1000)
for extra in ["b", "é", "€", "🐍"]:
    s = base + extra
    print(f"1000 x 'a' + {extra!r}: {sys.getsizeof(s):5} bytes "
          f"({(sys.getsizeof(s) - sys.getsizeof(base)):+5})")
# --8<-- [end:widen]
