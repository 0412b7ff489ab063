"""Exercise answer: the length hint decides how much list() and [*...] preallocate."""
import operator
import sys

# --8<-- [start:main]
EMPTY = sys.getsizeof([])
capacity = lambda lst: (sys.getsizeof(lst) - EMPTY) // 8

def gen(n):
    return (i for i in range(n))

print("length_hint(range(10)):", operator.length_hint(range(10)),
      "  length_hint(generator):", operator.length_hint(gen(10)))
for n in (3, 10, 20):
    print(f"n={n:2}: list(range(n)) capacity {capacity(list(range(n))):2}, "
          f"list(generator) {capacity(list(gen(n))):2}, "
          f"[*generator] {capacity([*gen(n)]):2}, "
          f"comprehension {capacity([i for i in range(n)]):2}")
# --8<-- [end:main]
