"""Backoff: an instruction that never specialises retries less and less often."""
import dis
import sys

BITS = 3 if sys.version_info >= (3, 15) else 4


def counter(func):
    code = func.__code__
    for ins in dis.get_instructions(code, adaptive=True):
        if ins.opname.startswith("BINARY_OP"):
            word = int.from_bytes(code._co_code_adaptive[ins.offset + 2: ins.offset + 4],
                                  sys.byteorder)
            return ins.opname, word >> BITS, word & ((1 << BITS) - 1)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


def add(a, b):
    return a + b                 # a Python __add__: no specialised form fits


# --8<-- [start:main]
a, b = Money(1), Money(2)
attempts = []
previous = counter(add)[1]
for execution in range(1, 20001):
    add(a, b)
    name, value, backoff = counter(add)
    if value > previous:         # the counter was reloaded: a failed attempt
        attempts.append((execution, backoff))
    previous = value
print("still", name, "after 20000 executions")
print("attempts at executions:", [e for e, _ in attempts])
print("gaps between attempts: ", [y[0] - x[0] for x, y in zip(attempts, attempts[1:])])
print("backoff exponent after:", [b for _, b in attempts])
# --8<-- [end:main]
