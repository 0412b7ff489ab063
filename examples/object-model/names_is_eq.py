"""`==` compares values; `is` compares identity. Where identity surprises come from."""

# --8<-- [start:main]
a = [1, 2, 3]
b = [1, 2, 3]
print("a == b:", a == b, "  a is b:", a is b)     # equal values, two objects

x = None
print("x is None:", x is None)                    # None is a singleton

# Ints computed at run time: the same object only if CPython caches it.
for n in (256, 257, 1024, 1025):
    p = int(str(n))                                # two independent conversions
    q = int(str(n))
    print(f"{n}: p == q {p == q}, p is q {p is q}")
# --8<-- [end:main]
