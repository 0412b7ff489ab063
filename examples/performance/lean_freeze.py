"""Reading an object writes its header; immortal objects and gc.freeze() avoid two kinds of write."""
import gc
import sys

# --8<-- [start:refcount]
config = {"debug": False}                       # an ordinary, mortal object
before = sys.getrefcount(config)
readers = [config for _ in range(100)]          # 100 more references: 100 writes
print("refcount grew by:", sys.getrefcount(config) - before)

before_none = sys.getrefcount(None)
nones = [None for _ in range(100)]
print("None's count changed:", sys.getrefcount(None) != before_none)
print("None's count is at least 2**30:", sys.getrefcount(None) >= 2**30)
# --8<-- [end:refcount]

# --8<-- [start:freeze]
gc.disable()                                    # the recipe: no collections before fork
data = [{"row": i} for i in range(10_000)]      # the "application" loaded in the parent
gc.freeze()                                     # then, right before os.fork() ...
print("each row dict is tracked by the collector:", gc.is_tracked(data[0]))
print("frozen objects at least 10,000:", gc.get_freeze_count() >= 10_000)
print("tracked objects left for the collector under 1,000:",
      sum(len(gc.get_objects(generation=g)) for g in range(3)) < 1_000)
gc.enable()                                     # ... and in each child after the fork
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
# --8<-- [end:freeze]
