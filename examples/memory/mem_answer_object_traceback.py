"""Exercise answer: tracemalloc.get_object_traceback names where a leaked object was born."""
import gc
import linecache
import os
import sys
import tracemalloc

sys.path.insert(0, "lab")
import leaky_service  # noqa: E402

# --8<-- [start:main]
tracemalloc.start(10)
service = leaky_service.Service()
for request_id in range(50):
    service.handle(request_id)
gc.collect()
session = next(o for o in gc.get_objects()
               if isinstance(o, leaky_service.Session) and o.request_id == 7)
trace = tracemalloc.get_object_traceback(session)
tracemalloc.stop()
for frame in trace:                      # oldest frame first
    print(f"{os.path.basename(frame.filename)}:{frame.lineno}")

# Objects recycled from a free list (floats here) cause no allocation.
y = 3.0
old = [y * i for i in range(50)]
old_ids = {id(f) for f in old}
del old                                  # these blocks, never traced, go to the free list
tracemalloc.start()
early = y * 0.5                          # popped from the free list
print("reused an untraced block:", id(early) in old_ids, "  traceback:", tracemalloc.get_object_traceback(early))
many = [y * i for i in range(300)]       # empties the free list, then traced blocks
many_ids = {id(f) for f in many}
del many                                 # traced blocks go back to the free list
late = y * 0.25                          # popped from the free list: its trace is re-labelled
frame = tracemalloc.get_object_traceback(late)[-1]
tracemalloc.stop()
print("reused a traced block   :", id(late) in many_ids, "  traceback:",
      f"{os.path.basename(frame.filename)}:{frame.lineno}",
      linecache.getline(frame.filename, frame.lineno).split("#")[0].strip())
# --8<-- [end:main]
