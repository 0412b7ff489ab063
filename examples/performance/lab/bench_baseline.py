"""What the harness itself costs: the empty loop every timed case pays, and the clock."""
import time

from harness import main_for_module, memory, timed

TITLE = "The cost of measuring: the empty loop and the clock"


# --8<-- [start:empty_loop]
@timed("one turn of `for _ in range(loops): pass`")
def empty_loop(loops):
    for _ in range(loops):
        pass
    return loops
# --8<-- [end:empty_loop]


@timed("one call of time.perf_counter_ns()")
def perf_counter_ns(loops):
    clock = time.perf_counter_ns
    for _ in range(loops):
        clock()
    return loops


@memory("10,000 small ints above the cache, in a list", count=10_000)
def ints_in_list():
    return [1000 + i for i in range(10_000)]


if __name__ == "__main__":
    main_for_module(__file__)
