"""Deoptimisation: a function specialised for ints, then called with floats."""
import dis
import sys

BITS = 3 if sys.version_info >= (3, 15) else 4


def counter(func):
    code = func.__code__
    for ins in dis.get_instructions(code, adaptive=True):
        if ins.opname.startswith("BINARY_OP"):
            word = int.from_bytes(code._co_code_adaptive[ins.offset + 2: ins.offset + 4],
                                  sys.byteorder)
            return f"{ins.opname:<24} counter {word >> BITS:>2}, backoff {word & ((1 << BITS) - 1)}"


def scale(x, k):
    return x * k


# --8<-- [start:trace]
for _ in range(10):
    scale(3, 4)                                  # warm up on ints
print("after 10 int calls:   ", counter(scale))
for n in range(1, 60):
    scale(1.5, 2.0)                              # now floats
    if n in (1, 2, 51, 52, 53, 54):
        print(f"after {n:>2} float calls: ", counter(scale))
for n in range(1, 4):
    scale(3, 4)                                  # ints again: now they miss
print("then 3 int calls:     ", counter(scale))
# --8<-- [end:trace]

# --8<-- [start:dis]
dis.dis(scale, adaptive=True)
# --8<-- [end:dis]
