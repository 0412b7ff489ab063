"""Exercise answer: what a closure costs in memory, per version."""
import sys

# --8<-- [start:main]
def plain():
    return 1

def make(n):
    a = b = c = d = 1
    if n == 1:
        return lambda: a
    if n == 2:
        return lambda: a + b
    return lambda: a + b + c + d

print("plain function:", sys.getsizeof(plain), "bytes")
for n in (1, 2, 4):
    f = make(n)
    cells = f.__closure__
    total = sys.getsizeof(f) + sys.getsizeof(cells) + sum(sys.getsizeof(c) for c in cells)
    print(f"closure over {n}: function {sys.getsizeof(f)} + tuple {sys.getsizeof(cells)} "
          f"+ {n} x cell {sys.getsizeof(cells[0])} = {total} bytes")
# --8<-- [end:main]
