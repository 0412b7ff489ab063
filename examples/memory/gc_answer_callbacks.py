"""Exercise answer: what gc.callbacks receive on each version."""
import gc

gc.disable()
gc.collect()
seen = []


def watch(phase, info):
    seen.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(watch)
gc.collect(1)
gc.callbacks.remove(watch)
for phase, generation, keys in seen:
    print(phase, "generation", generation, keys)
