"""Profile first: how many calls each version of the word counter makes (cProfile's ncalls)."""
import cProfile
import os
import pstats
import sys

sys.path.insert(0, "lab")
import bench_case_hotloop as wc  # noqa: E402

lines = wc.LINES[:2_000]
print(f"{len(lines):,} lines, {sum(len(line.split()) for line in lines):,} words")


# --8<-- [start:main]
def calls(func):
    """Run func(lines) under cProfile; return {function name: number of calls}."""
    profiler = cProfile.Profile()
    profiler.runcall(func, lines)
    counts = {}
    for (filename, _lineno, name), row in pstats.Stats(profiler).stats.items():
        where = os.path.basename(filename) + ":" if filename != "~" else ""
        if "_lsprof" not in name:               # the profiler's own disable() call
            counts[where + name] = row[1]       # row = (primitive calls, all calls, ...)
    return counts


for func in (wc.count_v0, wc.count_v1, wc.count_v2, wc.count_v4, wc.count_v5):
    counts = calls(func)
    print(f"\n{func.__name__}: {sum(counts.values()):,} calls in all")
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
        print(f"  {n:>8,}  {name}")
# --8<-- [end:main]
