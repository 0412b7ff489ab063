"""Timer.autorange with a virtual clock: which loop counts timeit tries, and where it stops."""
import timeit

# --8<-- [start:main]
# A virtual clock: every execution of the statement "costs" 100 microseconds.
executed = 0

def tick():
    global executed
    executed += 1

def virtual_clock():
    return executed * 100e-6          # seconds

t = timeit.Timer("tick()", timer=virtual_clock, globals={"tick": tick})
tried = []
number, taken = t.autorange(callback=lambda n, secs: tried.append(n))
print("loop counts tried:", tried)
print(f"chosen: {number} loops, {taken:.2f} virtual seconds")
# --8<-- [end:main]
