"""Exercise: who calls the line whose memory grows? Group the diff by traceback."""
import sys
import tracemalloc

sys.path.insert(0, "lab")
from bench_case_memory import LeakyAnalyser, make_log  # noqa: E402

log = make_log(20_000)
analyser = LeakyAnalyser()


# --8<-- [start:main]
tracemalloc.start(6)                       # keep six frames per allocation
snapshots = []
for batch in (log[:10_000], log[10_000:]):  # one loop, so both batches share their tracebacks
    for line in batch:
        analyser.handle(line)
    snapshots.append(tracemalloc.take_snapshot())
first, second = snapshots
only_ours = [tracemalloc.Filter(True, "*bench_case_memory.py")]
diff = second.filter_traces(only_ours).compare_to(first.filter_traces(only_ours), "traceback")
for stat in diff[:2]:
    print(f"{stat.count_diff:+} blocks, {stat.size_diff:+,} bytes, allocated at:")
    for frame in stat.traceback:           # oldest call first
        print(f"  {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}")
# --8<-- [end:main]
