"""Exercise answer: sizes of 2**60 - 1, 2**60 and -(2**60)."""
import sys

for label, n in [("2**60 - 1", 2**60 - 1), ("2**60", 2**60), ("-(2**60)", -(2**60))]:
    digits = -(-abs(n).bit_length() // sys.int_info.bits_per_digit)
    print(f"{label:>9}: {abs(n).bit_length()} bits -> {digits} digits -> {sys.getsizeof(n)} bytes")
