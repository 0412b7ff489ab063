"""How many bytes an int and a float occupy, value by value (sys.getsizeof)."""
import sys

# --8<-- [start:main]
SHIFT = sys.int_info.bits_per_digit          # bits stored in one digit
FIXED = int.__basicsize__                    # header + lv_tag, before the digits
DIGIT = int.__itemsize__                     # bytes per digit

print(f"fixed part {FIXED} bytes, {DIGIT} bytes per digit, {SHIFT} bits per digit")
for label, n in [("0", 0), ("1", 1), ("-1", -1), ("2**30 - 1", 2**30 - 1),
                 ("2**30", 2**30), ("2**60", 2**60), ("2**90", 2**90),
                 ("10**100", 10**100), ("True", True), ("False", False)]:
    digits = -(-abs(n).bit_length() // SHIFT)   # digits the value needs
    print(f"{label:>10}: {sys.getsizeof(n):3} bytes = {FIXED} + {max(digits, 1):2} x {DIGIT}"
          f"   ({digits} digit{'s' if digits != 1 else ''} of value)")
print(f"{'1.0':>10}: {sys.getsizeof(1.0):3} bytes  (float.__basicsize__ = {float.__basicsize__})")
print(f"{'1e308':>10}: {sys.getsizeof(1e308):3} bytes")
# --8<-- [end:main]
