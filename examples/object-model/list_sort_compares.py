"""How many comparisons list.sort makes on inputs with different amounts of order."""
import math
import random

# --8<-- [start:main]
class Counted:
    """An item that counts how often sort compares it."""
    __slots__ = ("value",)
    compares = 0

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):                # sort uses only <
        Counted.compares += 1
        return self.value < other.value

def compares(values):
    Counted.compares = 0
    result = sorted(Counted(v) for v in values)
    assert [c.value for c in result] == sorted(values)
    return Counted.compares

n = 1000
shuffled = list(range(n))
random.Random(42).shuffle(shuffled)
inputs = {
    "already sorted": list(range(n)),
    "reversed": list(range(n, 0, -1)),
    "descending, each value twice": [v for v in range(n // 2, 0, -1) for _ in "ab"],
    "two interleaved halves": list(range(0, n, 2)) + list(range(1, n, 2)),
    "shuffled": shuffled,
}
for name, values in inputs.items():
    print(f"{name:34} {compares(values):6,} comparisons")
print(f"{'lg(1000!), the random-order bound':34} {math.lgamma(n + 1) / math.log(2):6,.0f}")
# --8<-- [end:main]
