"""The symptom: memory keeps growing after the window of recent requests is full."""
import sys
import tracemalloc

sys.path.insert(0, "lab")
from bench_case_memory import WINDOW, LeakyAnalyser, make_log  # noqa: E402

# --8<-- [start:main]
log = make_log(30_000)
analyser = LeakyAnalyser()
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
for batch in range(6):
    for line in log[batch * 5_000:(batch + 1) * 5_000]:
        analyser.handle(line)
    now = tracemalloc.get_traced_memory()[0]
    print(f"after {(batch + 1) * 5_000:>6,} requests: window holds {len(analyser.recent):,}, "
          f"this batch added {(now - before) // 5_000:>4} bytes per request")
    before = now
# --8<-- [end:main]
print("window size:", WINDOW)
