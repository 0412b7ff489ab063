"""tracemalloc counts the bytes each allocation requested, at the line that requested it."""
import sys
import tracemalloc


# --8<-- [start:main]
def build(n):
    blob = bytes(range(n))                 # a bytes object: header + n-byte payload
    text = "é" * n                         # a 1-byte-kind str of n characters
    row = tuple([None] * n)                # an n-item tuple (too big for a free list)
    return blob, text, row


tracemalloc.start()
before = tracemalloc.take_snapshot()
objects = build(200)
after = tracemalloc.take_snapshot()
tracemalloc.stop()

mine = [tracemalloc.Filter(True, __file__)]
stats = after.filter_traces(mine).compare_to(before.filter_traces(mine), "lineno")
by_line = {s.traceback[0].lineno: s for s in stats}
for obj, line in zip(objects, range(8, 11)):
    s = by_line[line]
    size = s.size_diff
    # pymalloc serves requests up to 512 bytes from 16-byte size classes; bigger ones go to malloc()
    block = f"pymalloc block {-(-size // 16) * 16}" if size <= 512 else "served by malloc()"
    print(f"line {line:>2}  {type(obj).__name__:<5} getsizeof {sys.getsizeof(obj):>4}"
          f"  traced {size:>4} in {s.count_diff} block  ({block})")
# --8<-- [end:main]
