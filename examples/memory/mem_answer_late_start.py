"""Exercise answer: start tracing after the warm-up and a bounded cache looks like a leak."""
import gc
import sys
import tracemalloc

sys.path.insert(0, "lab")
import fixed_service  # noqa: E402


# --8<-- [start:main]
def grown_lines(start_early):
    if start_early:
        tracemalloc.start()
    service = fixed_service.Service()
    for request_id in range(200):                 # warm-up: fills the 64-page cache
        service.handle(request_id)
    if not start_early:
        tracemalloc.start()
    gc.collect()
    before = tracemalloc.take_snapshot()
    for request_id in range(200, 700):
        service.handle(request_id)
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return [(d.traceback[0].lineno, d.count_diff)
            for d in after.compare_to(before, "lineno")
            if d.traceback[0].filename == fixed_service.__file__ and d.count_diff > 0]


print("tracing from the start     :", grown_lines(start_early=True))
print("tracing after the warm-up  :", grown_lines(start_early=False))
# --8<-- [end:main]
