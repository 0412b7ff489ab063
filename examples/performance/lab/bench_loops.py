"""Loops: an explicit loop with append against a comprehension and map; sum over a
generator or a list; while against for; enumerate against indexing."""
from harness import main_for_module, timed

TITLE = "Loops, comprehensions and iteration"

N = 100                                   # items per operation
DATA = list(range(N))


# --8<-- [start:build]
@timed("build [i * 2 for 100 i] with a for loop and out.append", check="build")
def append_loop(loops):
    for _ in range(loops):
        out = []
        for i in range(N):
            out.append(i * 2)
    return out


@timed("the same loop with `append = out.append` hoisted", check="build")
def append_hoisted(loops):
    for _ in range(loops):
        out = []
        append = out.append
        for i in range(N):
            append(i * 2)
    return out


@timed("the same list from a list comprehension", check="build")
def list_comprehension(loops):
    for _ in range(loops):
        out = [i * 2 for i in range(N)]
    return out
# --8<-- [end:build]


@timed("the same list from list(map(lambda i: i * 2, range(100)))", check="build")
def map_lambda(loops):
    for _ in range(loops):
        out = list(map(lambda i: i * 2, range(N)))
    return out


# --8<-- [start:sum]
@timed("sum(i * 2 for i in range(100)): a generator expression", check="sum")
def sum_generator(loops):
    for _ in range(loops):
        total = sum(i * 2 for i in range(N))
    return total


@timed("sum([i * 2 for i in range(100)]): a list comprehension", check="sum")
def sum_list(loops):
    for _ in range(loops):
        total = sum([i * 2 for i in range(N)])
    return total


@timed("total += i * 2 in a for loop over range(100)", check="sum")
def for_range(loops):
    for _ in range(loops):
        total = 0
        for i in range(N):
            total += i * 2
    return total


@timed("the same sum with a while loop and i += 1", check="sum")
def while_loop(loops):
    for _ in range(loops):
        total = 0
        i = 0
        while i < N:
            total += i * 2
            i += 1
    return total
# --8<-- [end:sum]


# --8<-- [start:enumerate]
@timed("for i, x in enumerate(data): total += i * x (100 items)", check="enum")
def with_enumerate(loops):
    data = DATA
    for _ in range(loops):
        total = 0
        for i, x in enumerate(data):
            total += i * x
    return total


@timed("for i in range(len(data)): total += i * data[i]", check="enum")
def with_index(loops):
    data = DATA
    for _ in range(loops):
        total = 0
        for i in range(len(data)):
            total += i * data[i]
    return total
# --8<-- [end:enumerate]


if __name__ == "__main__":
    main_for_module(__file__)
