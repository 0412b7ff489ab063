"""Static (built-in) types against heap types: flags, slot wrappers, immutability."""
IMMUTABLETYPE = 1 << 8      # Py_TPFLAGS_IMMUTABLETYPE
HEAPTYPE = 1 << 9           # Py_TPFLAGS_HEAPTYPE


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


# --8<-- [start:flags]
for t in (int, str, list, type, Money):
    flags = t.__flags__
    print(f"{t.__name__:<6} heap type: {bool(flags & HEAPTYPE)!s:<5}  "
          f"immutable: {bool(flags & IMMUTABLETYPE)}")

print("int.__add__   is a", type(int.__dict__["__add__"]).__name__)
print("Money.__add__ is a", type(Money.__dict__["__add__"]).__name__)
print("Money has __radd__ in its dict:", "__radd__" in Money.__dict__)
# --8<-- [end:flags]

# --8<-- [start:mutate]
try:
    int.double = lambda self: self * 2
except TypeError as exc:
    print("int.double = ... -> TypeError:", exc)

try:
    Money(1) * 3
except TypeError as exc:
    print("before:", exc)
Money.__mul__ = lambda self, n: Money(self.cents * n)   # updates the nb_multiply slot
print("after: Money(1) * 3 has", (Money(1) * 3).cents, "cents")
del Money.__mul__
try:
    Money(1) * 3
except TypeError as exc:
    print("deleted again:", exc)
# --8<-- [end:mutate]
