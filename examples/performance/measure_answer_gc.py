"""Exercise: timing with the cyclic collector left on, the way timeit's documentation suggests."""
import gc
import timeit

# --8<-- [start:main]
seen = []
stmt = "seen.append(gc.isenabled())"
timeit.Timer(stmt, globals={"seen": seen, "gc": gc}).timeit(number=1)
timeit.Timer(stmt, setup="gc.enable()", globals={"seen": seen, "gc": gc}).timeit(number=1)
print("default:             collector enabled =", seen[0])
print("setup='gc.enable()': collector enabled =", seen[1])
# --8<-- [end:main]
