"""What a process pool costs before any work: how workers start, and what crosses as bytes."""
import multiprocessing
import pickle

# --8<-- [start:start_method]
print("default start method here:", multiprocessing.get_start_method())
# --8<-- [end:start_method]

# --8<-- [start:pickled]
def crunch(start, stop):
    total = 0
    for i in range(start, stop):
        total += i * i % 7
    return total

task = (crunch, (0, 1_000_000), {})              # a function and its arguments, as a task carries them
print("one task, pickled:", len(pickle.dumps(task)), "bytes")
print("  names the function by module and name:", b"crunch" in pickle.dumps(task))
print("a list of 100,000 ints as an argument:",
      len(pickle.dumps(list(range(100_000)))), "bytes")
try:
    pickle.dumps(lambda x: x * x)
except (pickle.PicklingError, AttributeError) as exc:
    print("a lambda:", type(exc).__name__, "-", exc)
# --8<-- [end:pickled]
