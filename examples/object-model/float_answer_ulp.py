"""Exercise answer: where floats stop representing every integer."""
import math

for e in (0, 10, 52, 53, 60):
    print(f"ulp(2.0**{e}) = {math.ulp(2.0**e)!r}")
for n in (2**53 - 1, 2**53, 2**53 + 1, 2**53 + 2):
    print(f"float({n}) == {n}: {float(n) == n}")
print("float(2**53 + 1) =", repr(float(2**53 + 1)), "  int of it:", int(float(2**53 + 1)))
