"""Warm-up: the adaptive counter in an inline cache, read call by call."""
import dis
import sys

# The counter is the first 16-bit cache entry after an instruction. 3.12-3.14 keep a
# 12-bit value and a 4-bit backoff exponent; 3.15 a 13-bit value and a 3-bit one.
BITS = 3 if sys.version_info >= (3, 15) else 4


def fresh(source):
    """Compile a new function, so every run starts from unspecialised code."""
    namespace = {}
    exec(source, namespace)
    return namespace["f"]


def counter(func, prefix):
    """(instruction name, counter value, backoff) of the first instruction named prefix*."""
    code = func.__code__
    for ins in dis.get_instructions(code, adaptive=True):
        if ins.opname.startswith(prefix):
            raw = code._co_code_adaptive[ins.offset + 2: ins.offset + 4]
            word = int.from_bytes(raw, sys.byteorder)
            return ins.opname, word >> BITS, word & ((1 << BITS) - 1)


# --8<-- [start:counter]
add = fresh("def f(a, b):\n    return a + b\n")
print("calls  instruction          value  backoff")
for calls in range(5):
    if calls:
        add(3, 4)
    name, value, backoff = counter(add, "BINARY_OP")
    print(f"{calls:>5}  {name:<20} {value:>5}  {backoff:>7}")
for _ in range(995):
    add(3, 4)
name, value, backoff = counter(add, "BINARY_OP")
print(f"{1000:>5}  {name:<20} {value:>5}  {backoff:>7}")
# --8<-- [end:counter]

# --8<-- [start:dis]
area = fresh("def f(shape):\n    return shape.w * shape.h\n")


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h


print("--- before any call")
dis.dis(area, adaptive=True)
for _ in range(2):
    area(Rect(3, 4))
print("--- after two calls")
dis.dis(area, adaptive=True)
# --8<-- [end:dis]
