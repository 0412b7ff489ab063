"""The measurement: which lines own the memory that grows between two snapshots."""
import linecache
import sys
import tracemalloc

sys.path.insert(0, "lab")
from bench_case_memory import LeakyAnalyser, make_log  # noqa: E402

log = make_log(20_000)
analyser = LeakyAnalyser()

# --8<-- [start:main]
tracemalloc.start()
for line in log[:10_000]:          # warm up: the window of 5,000 is full after this
    analyser.handle(line)
first = tracemalloc.take_snapshot()
for line in log[10_000:]:          # 10,000 more requests
    analyser.handle(line)
second = tracemalloc.take_snapshot()
tracemalloc.stop()

only_ours = [tracemalloc.Filter(True, "*bench_case_memory.py")]
diff = second.filter_traces(only_ours).compare_to(first.filter_traces(only_ours), "lineno")
for stat in diff[:3]:
    frame = stat.traceback[0]
    source = linecache.getline(frame.filename, frame.lineno).strip()
    print(f"line {frame.lineno:>3}: {stat.count_diff:>+6} blocks, "
          f"{stat.size_diff / 10_000:>5.1f} bytes per request   {source[:58]}")
# --8<-- [end:main]
