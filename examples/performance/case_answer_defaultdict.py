"""Exercise: v2 with collections.defaultdict(int) instead of the `in` test."""
import cProfile
import pstats
import sys
from collections import defaultdict

sys.path.insert(0, "lab")
import bench_case_hotloop as wc  # noqa: E402


# --8<-- [start:main]
def count_defaultdict(lines):
    counts = defaultdict(int)
    for line in lines:
        for word in line.lower().translate(wc.DELETE_PUNCTUATION).split():
            counts[word] += 1            # a missing key calls int() and stores 0 first
    return counts
# --8<-- [end:main]


print("same summary as v0:", wc.summary(count_defaultdict(wc.LINES)) == wc.summary(wc.count_v0(wc.LINES)))
profiler = cProfile.Profile()
profiler.runcall(count_defaultdict, wc.LINES[:2_000])
ncalls = {key[2]: row[1] for key, row in pstats.Stats(profiler).stats.items() if "_lsprof" not in key[2]}
print("calls cProfile sees:", sum(ncalls.values()), sorted(ncalls))
print("distinct words in those lines:", len(count_defaultdict(wc.LINES[:2_000])))
