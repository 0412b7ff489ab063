"""Exercise answer: which request ids cost an allocation depends on the small-int cache."""
import tracemalloc

# --8<-- [start:main]
def ids(first, last):
    return [n for n in range(first, last)]     # keep every int alive

for first, last in [(0, 200), (200, 700), (700, 1100)]:
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    kept = ids(first, last)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    line = [d for d in after.compare_to(before, "lineno") if d.traceback[0].lineno == ids.__code__.co_firstlineno + 1]
    blocks = line[0].count_diff if line else 0
    print(f"ints {first:>4}..{last - 1:<4}: {blocks:>3} blocks allocated on the line (the list is one of them)")
# --8<-- [end:main]
