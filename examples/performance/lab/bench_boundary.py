"""Crossing from Python into C: per-element Python work vs one call that loops in C."""
import ctypes
import ctypes.util
import math
import struct

from harness import main_for_module, timed

TITLE = "Crossing into C: Python loops, builtins, ctypes and struct"

FLOATS = [float(i) for i in range(1_000)]    # exact in binary: every sum below is 499500.0
WORDS = list(range(0, 256_000, 1_000))
BLOB = struct.pack("<256I", *WORDS)           # 1,024 bytes: 256 little-endian 32-bit words
TEXT = b"hello, world"

libc = ctypes.CDLL(ctypes.util.find_library("c"))
c_abs = libc.abs                              # no argtypes: ctypes guesses from the Python value
c_strlen = libc.strlen
c_strlen.argtypes = [ctypes.c_char_p]
c_strlen.restype = ctypes.c_size_t


# --8<-- [start:sums]
@timed("summing 1,000 floats with a Python for loop", check="sum")
def loop_sum(loops):
    for _ in range(loops):
        total = 0.0
        for x in FLOATS:
            total += x
    return total


@timed("summing 1,000 floats with sum()", check="sum")
def builtin_sum(loops):
    for _ in range(loops):
        total = sum(FLOATS)
    return total


@timed("summing 1,000 floats with math.fsum() (correctly rounded)", check="sum")
def fsum(loops):
    fsum = math.fsum
    for _ in range(loops):
        total = fsum(FLOATS)
    return total
# --8<-- [end:sums]


# --8<-- [start:ctypes]
@timed("abs(-42) with the builtin", check="abs")
def builtin_abs(loops):
    for _ in range(loops):
        r = abs(-42)
    return r


@timed("abs(-42) through ctypes (libc's abs)", check="abs")
def ctypes_abs(loops):
    for _ in range(loops):
        r = c_abs(-42)
    return r


@timed("len() of a 12-byte bytes object", check="strlen")
def builtin_len(loops):
    for _ in range(loops):
        r = len(TEXT)
    return r


@timed("the same length through ctypes (libc's strlen, argtypes set)", check="strlen")
def ctypes_strlen(loops):
    for _ in range(loops):
        r = c_strlen(TEXT)
    return r
# --8<-- [end:ctypes]


# --8<-- [start:struct]
@timed("decoding 256 32-bit words: struct.unpack once on the whole buffer", check="words")
def unpack_batch(loops):
    for _ in range(loops):
        r = struct.unpack("<256I", BLOB)
    return list(r)


@timed("decoding 256 32-bit words: struct.unpack_from 256 times", check="words")
def unpack_each(loops):
    unpack_from = struct.unpack_from
    for _ in range(loops):
        r = [unpack_from("<I", BLOB, 4 * k)[0] for k in range(256)]
    return r


@timed("decoding 256 32-bit words: int.from_bytes on each 4-byte slice", check="words")
def from_bytes_each(loops):
    for _ in range(loops):
        r = [int.from_bytes(BLOB[k:k + 4], "little") for k in range(0, 1_024, 4)]
    return r


@timed("decoding 256 32-bit words by hand: shifts and ors in Python", check="words")
def manual_each(loops):
    b = BLOB
    for _ in range(loops):
        r = [b[k] | b[k + 1] << 8 | b[k + 2] << 16 | b[k + 3] << 24 for k in range(0, 1_024, 4)]
    return r
# --8<-- [end:struct]


# --8<-- [start:batch]
@timed("square roots of 1,000 floats: math.sqrt called in a Python loop", check="sqrt")
def sqrt_loop(loops):
    sqrt = math.sqrt
    for _ in range(loops):
        r = [sqrt(x) for x in FLOATS]
    return r


@timed("square roots of 1,000 floats: list(map(math.sqrt, ...))", check="sqrt")
def sqrt_map(loops):
    for _ in range(loops):
        r = list(map(math.sqrt, FLOATS))
    return r
# --8<-- [end:batch]


if __name__ == "__main__":
    main_for_module(__file__)
