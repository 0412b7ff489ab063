"""Slicing bytes copies; slicing a memoryview makes a small fixed-size view."""
import sys
import tracemalloc

DATA = bytes(range(256)) * 4096       # 1 MiB, allocated before tracing starts


# --8<-- [start:copy]
def traced(make):
    tracemalloc.start()
    result = make()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return result, size


view = memoryview(DATA)
for length in (16, 4096, 65536):
    copy, copied = traced(lambda: DATA[:length])
    part, viewed = traced(lambda: view[:length])
    print(f"{length:6}-byte slice: bytes {copied:6} traced bytes, memoryview {viewed:4}")
print("the view shares the buffer:", part.obj is DATA, bytes(part[:3]) == DATA[:3])
print("getsizeof(memoryview):", sys.getsizeof(part))
# --8<-- [end:copy]

# --8<-- [start:parse]
def records(buf, size):
    """Split a buffer into fixed-size records without copying any of them."""
    mv = memoryview(buf)
    return [mv[i:i + size] for i in range(0, len(mv), size)]


rows = records(DATA, 256)
print(len(rows), "records;", "first starts with", rows[0][:4].tolist(),
      "- all share one buffer:", all(r.obj is DATA for r in rows))
# --8<-- [end:parse]
