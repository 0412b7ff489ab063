"""A Python float is one C double: what that means for 0.1 + 0.2."""
import math
import struct
import sys
from decimal import Decimal

# --8<-- [start:main]
fi = sys.float_info
print(f"mant_dig={fi.mant_dig} dig={fi.dig} epsilon={fi.epsilon!r}")
print(f"max={fi.max!r} min={fi.min!r}")
print("size of a float:", sys.getsizeof(0.1), "bytes; payload:", struct.calcsize("d"), "bytes")

print("the 8 bytes of 0.1   :", struct.pack(">d", 0.1).hex())
print("0.1 stored exactly is:", Decimal(0.1))
print("as a fraction        :", (0.1).as_integer_ratio())
print("repr(0.1)            :", repr(0.1), "  but %.17g gives", "%.17g" % 0.1)

s = 0.1 + 0.2
print("0.1 + 0.2            :", repr(s), "== 0.3?", s == 0.3, " isclose?", math.isclose(s, 0.3))
print("the double below/above 0.3:", repr(math.nextafter(0.3, 0)), repr(math.nextafter(0.3, 1)))
print("float(2**53 + 1) == 2**53:", float(2**53 + 1) == 2**53)
samples = [0.1, 1 / 3, 2 / 3, math.pi, 1e-300, 5e-324, fi.max]
print("float(repr(x)) == x for all samples:", all(float(repr(x)) == x for x in samples))
# --8<-- [end:main]
