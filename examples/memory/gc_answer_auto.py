"""Exercise answer: watch automatic collections with a small threshold."""
import gc

gc.collect()
old = gc.get_threshold()
gc.set_threshold(50, 3, 3)
runs = []


def watch(phase, info):
    if phase == "start":
        runs.append(info["generation"])


gc.callbacks.append(watch)
keep = []
for i in range(1000):
    keep.append([i])             # one new tracked list per iteration
gc.callbacks.remove(watch)
gc.set_threshold(*old)
print("automatic collections:", len(runs))
print("by generation:", {g: runs.count(g) for g in sorted(set(runs))})
