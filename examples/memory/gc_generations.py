"""Thresholds, counts and generations on this interpreter."""
import gc
import weakref

gc.disable()

# --8<-- [start:settings]
print("get_threshold():   ", gc.get_threshold())
print("len(get_stats()):  ", len(gc.get_stats()))
print("stats keys:        ", sorted(gc.get_stats()[0]))
# --8<-- [end:settings]

# --8<-- [start:counts]
gc.collect()
print("after gc.collect():", gc.get_count())
keep = [[] for _ in range(100)]      # 100 new lists, plus the outer list
print("after 101 lists:   ", gc.get_count())

gc.collect()
gc.collect(0)
counts_after_0 = gc.get_count()
gc.collect(1)
counts_after_1 = gc.get_count()
print("after collect(0):  ", counts_after_0)
print("after collect(1):  ", counts_after_1)



class Node:
    pass


gc.collect()
a = Node()
a.me = a                             # a new cycle, in generation 0
probe = weakref.ref(a)
del a
gc.collect(1)
print("generation-0 cycle freed by collect(1):", probe() is None)

for gen in (0, 1, 2):
    gc.collect()
    junk = [[] for _ in range(30)]
    before = [s["collections"] for s in gc.get_stats()]
    gc.collect(gen)
    after = [s["collections"] for s in gc.get_stats()]
    delta = [x - y for x, y in zip(after, before)]
    print(f"collect({gen}) ran collections per generation: {delta}")
# --8<-- [end:counts]
