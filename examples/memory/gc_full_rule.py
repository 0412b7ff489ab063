"""Full collections wait until enough new objects await one (the 25% rule)."""
import gc


def full_collections(long_lived):
    gc.disable()
    heap = [[] for _ in range(long_lived)]   # long-lived tracked objects
    gc.collect()                              # everything now in the oldest generation
    old = gc.get_threshold()
    gc.set_threshold(10, 1, 1)                # would allow a full collection very often
    runs = []

    def watch(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(watch)
    gc.enable()
    keep = [[i] for i in range(3000)]         # 3,000 new lists that all survive
    gc.disable()
    gc.callbacks.remove(watch)
    gc.set_threshold(*old)
    return runs.count(2)


print("full collections ran, small heap:          ", full_collections(0) > 0)
print("full collections ran, 100,000 old objects: ", full_collections(100_000) > 0)
