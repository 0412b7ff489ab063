"""str hashing: the algorithm, the per-process key, and the cached hash field."""
import ctypes
import sys


def cached_hash(s):
    return ctypes.c_ssize_t.from_address(id(s) + 24).value   # PyASCIIObject.hash


# --8<-- [start:info]
info = sys.hash_info
print("algorithm:", info.algorithm, "| hash_bits:", info.hash_bits,
      "| seed_bits:", info.seed_bits, "| cutoff:", info.cutoff)
# --8<-- [end:info]

# --8<-- [start:cache]
s = "".join(["hash", " me"])
print("cached field before hash():", cached_hash(s))
h = hash(s)
print("cached field after hash() equals hash(s):", cached_hash(s) == h)
# The hash is computed over the string's own buffer: len(s) * kind bytes.
print("hash('abc')  == hash(b'abc'):", hash("abc") == hash(b"abc"))
print("hash('café') == hash(latin-1 bytes b'caf\\xe9'):", hash("café") == hash("café".encode("latin-1")))
print("hash('café') == hash(UTF-8 bytes):", hash("café") == hash("café".encode("utf-8")))
# --8<-- [end:cache]

# --8<-- [start:seed]
# The recorder runs every example with PYTHONHASHSEED=0, which switches the
# random per-process key off; a normal run has hash_randomization=1.
print("sys.flags.hash_randomization:", sys.flags.hash_randomization)
# --8<-- [end:seed]
