"""CPU-bound work split over threads, processes and subinterpreters (2 workers each)."""
import concurrent.futures as cf
import sys

import harness
from harness import main_for_module, wall

TITLE = "CPU-bound work: serial, 2 threads, 2 processes, 2 subinterpreters"

N = 2_000_000          # about 100 ms of pure-Python arithmetic, serially
WORKERS = 2


# --8<-- [start:crunch]
def crunch(start, stop):
    """The CPU-bound task: pure Python arithmetic, no I/O, no C calls that release the GIL."""
    total = 0
    for i in range(start, stop):
        total += i * i % 7
    return total


def halves(n=N, parts=WORKERS):
    step = n // parts
    return [(k * step, n if k == parts - 1 else (k + 1) * step) for k in range(parts)]


def in_pool(pool):
    """Split the range over the pool's workers and add up their answers."""
    starts, stops = zip(*halves())
    return sum(pool.map(crunch, starts, stops))
# --8<-- [end:crunch]


# --8<-- [start:serial]
@wall("the whole task in one thread (serial)", check="crunch")
def serial():
    return crunch(0, N)
# --8<-- [end:serial]


# --8<-- [start:threads_2]
@wall("the task split over 2 threads (ThreadPoolExecutor, started in the run)", check="crunch")
def threads_2():
    with cf.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return in_pool(pool)
# --8<-- [end:threads_2]


# --8<-- [start:processes_2]
@wall("the task split over 2 processes, pool start-up included", check="crunch")
def processes_2():
    with cf.ProcessPoolExecutor(max_workers=WORKERS, mp_context=harness.process_context()) as pool:
        return in_pool(pool)
# --8<-- [end:processes_2]


_warm = {}


def _pool(kind):
    """A pool kept alive between runs: the harness's warm-up run pays its start-up."""
    if kind not in _warm:
        if kind == "processes":
            _warm[kind] = cf.ProcessPoolExecutor(max_workers=WORKERS, mp_context=harness.process_context())
        else:
            _warm[kind] = cf.InterpreterPoolExecutor(max_workers=WORKERS)
        # start every worker now, so that no run below pays for one
        list(_warm[kind].map(crunch, [0] * WORKERS, [1] * WORKERS))
    return _warm[kind]


# --8<-- [start:processes_2_warm]
@wall("the task split over 2 processes of a pool started before the run", check="crunch")
def processes_2_warm():
    return in_pool(_pool("processes"))
# --8<-- [end:processes_2_warm]


# --8<-- [start:interpreters_2]
@wall("the task split over 2 subinterpreters (InterpreterPoolExecutor), start-up included",
      check="crunch", since="3.14")
def interpreters_2():
    with cf.InterpreterPoolExecutor(max_workers=WORKERS) as pool:
        return in_pool(pool)
# --8<-- [end:interpreters_2]


@wall("the task split over 2 subinterpreters of a pool started before the run",
      check="crunch", since="3.14")
def interpreters_2_warm():
    return in_pool(_pool("interpreters"))


def close_pools():
    """Shut the kept-alive pools down (the listing run calls this before it exits)."""
    for pool in _warm.values():
        pool.shutdown()
    _warm.clear()


if __name__ == "__main__":
    main_for_module(__file__)
    import bench_parallel          # the copy of this module that the harness loaded and ran
    bench_parallel.close_pools()
