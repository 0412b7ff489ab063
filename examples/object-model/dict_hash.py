"""What hash() returns for ints, floats and strings, and the parameters behind it."""
import sys

# --8<-- [start:main]
info = sys.hash_info
print("algorithm:", info.algorithm, " hash_bits:", info.hash_bits, " seed_bits:", info.seed_bits)
print("width:", info.width, " modulus == 2**61 - 1:", info.modulus == 2**61 - 1,
      " inf:", info.inf, " nan:", info.nan, " imag:", info.imag, " cutoff:", info.cutoff)

for n in (0, 1, 42, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 5, -(2**61 - 1)):
    print(f"hash({n}) = {hash(n)}")
print("hash(1) == hash(1.0) == hash(True):", hash(1) == hash(1.0) == hash(True))
print("hash(0.5) == 2**60:", hash(0.5) == 2**60, " hash(float('inf')):", hash(float("inf")))
print("hash of a str is cached and stable in this process:", hash("spam") == hash("sp" + "am"))
print("hash randomization flag:", sys.flags.hash_randomization)
# --8<-- [end:main]
