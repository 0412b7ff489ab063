"""Exercise answer: functools.lru_cache with a maxsize keeps the diff flat."""
import functools
import gc
import tracemalloc


# --8<-- [start:main]
@functools.lru_cache(maxsize=64)
def render_page(key):
    return f"<html><body>page for {key}</body></html>".ljust(400)


tracemalloc.start()
for request_id in range(200):                          # warm-up fills the cache
    render_page(f"/user/{request_id}")
gc.collect()
before = tracemalloc.take_snapshot()
for request_id in range(200, 700):
    render_page(f"/user/{request_id}")
gc.collect()
after = tracemalloc.take_snapshot()
tracemalloc.stop()

growing = [d for d in after.compare_to(before, "lineno") if d.count_diff >= 250]
print("lines that gained a block per two requests:", len(growing))
print("cache:", render_page.cache_info())
# --8<-- [end:main]
