"""What timeit builds from your statement, and what it switches off while timing."""
import gc
import time
import timeit

# --8<-- [start:template]
t = timeit.Timer("x + 1", setup="x = 2")
print(t.src)
# --8<-- [end:template]

# --8<-- [start:defaults]
print("default_timer is time.perf_counter:", timeit.default_timer is time.perf_counter)
print("default_number:", timeit.default_number)
print("default_repeat:", timeit.default_repeat)
print("default_target_time:", getattr(timeit, "default_target_time", "(not in this version)"))
# --8<-- [end:defaults]

# --8<-- [start:gc]
seen = []
timeit.Timer("seen.append(gc.isenabled())", globals={"seen": seen, "gc": gc}).timeit(number=1)
print("collector enabled while timing:", seen[0])
print("collector enabled afterwards:  ", gc.isenabled())
# --8<-- [end:gc]
