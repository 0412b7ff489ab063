"""bool is a subclass of int with exactly two instances."""
import sys
import warnings

# --8<-- [start:main]
print("isinstance(True, int):", isinstance(True, int), "  bool.__mro__:", bool.__mro__)
print("True == 1:", True == 1, "  hash(True) == hash(1):", hash(True) == hash(1))
print("True + True =", True + True, "  True * 10 =", True * 10, "  int(True) =", int(True))
print("dict keys collapse:", {1: "int", True: "bool", 1.0: "float"})
print("sizes: True", sys.getsizeof(True), " False", sys.getsizeof(False),
      " 1", sys.getsizeof(1), " 0", sys.getsizeof(0))

try:
    class Maybe(bool):
        pass
except TypeError as exc:
    print("subclassing bool: TypeError:", exc)

t = True
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    inverted = ~t
print("~True =", inverted)
for w in caught:
    print(f"  {w.category.__name__}: {w.message}")
# --8<-- [end:main]
