"""A generator pipeline holds one item at a time; a list holds all of them."""
import sys
import tracemalloc

N = 100_000


# --8<-- [start:peak]
def peak(work):
    tracemalloc.start()
    result = work()
    top = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, top


def with_lists():
    numbers = [i + 1 for i in range(N)]
    squares = [n * n for n in numbers]
    return sum(squares)


def with_generators():
    numbers = (i + 1 for i in range(N))
    squares = (n * n for n in numbers)
    return sum(squares)


for work in (with_lists, with_generators):
    total, top = peak(work)
    print(f"{work.__name__:16} sum={total} peak traced bytes: {top:,}")
# --8<-- [end:peak]

# --8<-- [start:objects]
gen = (i * i for i in range(N))
print("generator object:", type(gen).__name__, "- getsizeof:", sys.getsizeof(gen))
print("a list of the same values:", sys.getsizeof(list(range(N))), "bytes of pointers alone")
print("first three:", next(gen), next(gen), next(gen))
print("it is its own iterator:", iter(gen) is gen, "- and can be consumed once:",
      sum(1 for _ in gen) == N - 3, sum(1 for _ in gen) == 0)
# --8<-- [end:objects]
