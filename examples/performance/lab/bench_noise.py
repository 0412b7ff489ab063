"""What distorts a measurement: the cyclic collector, a profiler, and clock reads around every tiny call."""
import cProfile
import gc
import time

from harness import main_for_module, timed, wall

TITLE = "What distorts a measurement: the collector, a profiler, timing each call"

N = 200_000


# --8<-- [start:collector]
@wall("build 200,000 one-item lists and keep them, collector enabled", check="build")
def build_gc_on():
    rows = [[i] for i in range(N)]
    return len(rows)


@wall("the same with gc.disable() around it, as timeit does", check="build")
def build_gc_off():
    gc.disable()
    try:
        rows = [[i] for i in range(N)]
    finally:
        gc.enable()
    return len(rows)
# --8<-- [end:collector]


def _tiny(a, b):
    return a + b


CALLS = 300_000


# --8<-- [start:profiler]
@wall("300,000 calls of a two-argument Python function", check="calls")
def calls_plain():
    f, total = _tiny, 0
    for _ in range(CALLS):
        total += f(1, 2)
    return total


@wall("the same 300,000 calls with cProfile enabled around them", check="calls")
def calls_profiled():
    f, total = _tiny, 0
    prof = cProfile.Profile()
    prof.enable()
    try:
        for _ in range(CALLS):
            total += f(1, 2)
    finally:
        prof.disable()
    return total
# --8<-- [end:profiler]


_T = (1, 2, 3)


# --8<-- [start:lone]
@timed("one len(t), with perf_counter_ns() read before and after it", check="len")
def len_timed_each(loops):
    t, n, clock, spent = _T, 0, time.perf_counter_ns, 0
    for _ in range(loops):
        t0 = clock()
        n = len(t)
        spent += clock() - t0
    return n


@timed("one len(t) inside a loop of many, timed as a whole", check="len")
def len_looped(loops):
    t, n = _T, 0
    for _ in range(loops):
        n = len(t)
    return n
# --8<-- [end:lone]


if __name__ == "__main__":
    main_for_module(__file__)
