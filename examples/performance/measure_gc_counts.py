"""How often the cyclic collector runs while a benchmark builds containers (timeit turns it off)."""
import gc

# --8<-- [start:main]
starts = [0, 0, 0]

def count(phase, info):
    if phase == "start":
        starts[info["generation"]] += 1

gc.collect()
gc.callbacks.append(count)
rows = [[i] for i in range(200_000)]      # the work of noise.build_gc_on
gc.callbacks.remove(count)
print("thresholds:", gc.get_threshold())
print("collections during the build, by generation:", starts)

gc.disable()
starts[:] = [0, 0, 0]
gc.callbacks.append(count)
more = [[i] for i in range(200_000)]      # the work of noise.build_gc_off
gc.callbacks.remove(count)
gc.enable()
print("with gc.disable():", starts)
# --8<-- [end:main]
