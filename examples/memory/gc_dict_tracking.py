"""When a dict of atomic values becomes tracked, and untracked again."""
import gc

gc.disable()
gc.collect()

d = {"a": 1}
print("new dict of atoms:           ", gc.is_tracked(d))
d["b"] = []
print("after storing a list:        ", gc.is_tracked(d))
del d["b"]
print("after removing the list:     ", gc.is_tracked(d))
gc.collect(0)
print("after a young collection:    ", gc.is_tracked(d))
gc.collect()
print("after a full collection:     ", gc.is_tracked(d))
