"""Split an int into CPython's 30-bit digits with plain int arithmetic, and predict lv_tag."""
import sys

# --8<-- [start:main]
SHIFT = sys.int_info.bits_per_digit      # 30 on these builds
MASK = (1 << SHIFT) - 1                  # 0x3fffffff


def digits_of(n):
    """abs(n) in base 2**SHIFT, least significant digit first (like ob_digit)."""
    n, out = abs(n), []
    while n:
        out.append(n & MASK)
        n >>= SHIFT
    return out


def predicted_lv_tag(n):
    sign = 0 if n > 0 else 1 if n == 0 else 2   # positive, zero, negative
    return len(digits_of(n)) << 3 | sign        # digit count above 3 flag bits


for n in [2**40, -(2**40), 12345678901234567890, 1, 0]:
    d = digits_of(n)
    rebuilt = sum(digit << (SHIFT * i) for i, digit in enumerate(d))
    print(f"{n}:")
    print(f"    ob_digit = {d}")
    print(f"    sum of digit * 2**({SHIFT}*i) = {rebuilt}  (matches abs: {rebuilt == abs(n)})")
    print(f"    lv_tag   = {predicted_lv_tag(n)}  (digits {len(d)}, sign bits {predicted_lv_tag(n) & 3})")
# --8<-- [end:main]
