"""What the harness itself costs, and the traps of timing small things.

The empty loop every timed case pays; what one reading of a clock costs; a constant the
compiler folds away; an expression whose result nobody uses (still computed); and an
attribute read whose cost depends on what the specialising interpreter has seen.
"""
import time

from harness import main_for_module, memory, timed

TITLE = "The cost of measuring: loops, clocks and what the compiler removes"


# --8<-- [start:empty_loop]
@timed("one turn of `for _ in range(loops): pass`")
def empty_loop(loops):
    for _ in range(loops):
        pass
    return loops
# --8<-- [end:empty_loop]


# --8<-- [start:while_loop]
@timed("one turn of `while i < loops: i += 1`")
def while_loop(loops):
    i = 0
    while i < loops:
        i += 1
    return i
# --8<-- [end:while_loop]


# --8<-- [start:clocks]
@timed("one call of time.perf_counter_ns()")
def perf_counter_ns(loops):
    clock = time.perf_counter_ns
    for _ in range(loops):
        clock()
    return loops


@timed("one call of time.perf_counter() (a float)")
def perf_counter(loops):
    clock = time.perf_counter
    for _ in range(loops):
        clock()
    return loops


@timed("one call of time.process_time_ns() (CPU time of the process)")
def process_time_ns(loops):
    clock = time.process_time_ns
    for _ in range(loops):
        clock()
    return loops
# --8<-- [end:clocks]


# --8<-- [start:folding]
@timed("`x = 2 ** 20`: the compiler folds it into a constant", check="power")
def folded_power(loops):
    for _ in range(loops):
        x = 2 ** 20
    return x


@timed("`x = a ** b` with a = 2, b = 20 in local variables", check="power")
def computed_power(loops):
    a, b = 2, 20
    for _ in range(loops):
        x = a ** b
    return x
# --8<-- [end:folding]


# --8<-- [start:discarded]
@timed("`a + b` as a statement: the result is thrown away, the work is not")
def discarded_add(loops):
    a, b = 2, 20
    for _ in range(loops):
        a + b
    return loops
# --8<-- [end:discarded]


class _Red:
    def __init__(self):
        self.x = 1


class _Blue:
    def __init__(self):
        self.x = 1


_SAME = (_Red(), _Red())
_MIXED = (_Red(), _Blue())


# --8<-- [start:attributes]
@timed("`pair[i & 1].x` where both objects are of one class", check="attr")
def attr_one_class(loops):
    pair, total = _SAME, 0
    for i in range(loops):
        total += pair[i & 1].x
    return total


@timed("`pair[i & 1].x` where the objects alternate between two classes", check="attr")
def attr_two_classes(loops):
    pair, total = _MIXED, 0
    for i in range(loops):
        total += pair[i & 1].x
    return total
# --8<-- [end:attributes]


@memory("10,000 small ints above the cache, in a list", count=10_000)
def ints_in_list():
    return [1000 + i for i in range(10_000)]


if __name__ == "__main__":
    main_for_module(__file__)
