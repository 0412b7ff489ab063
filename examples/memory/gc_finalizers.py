"""__del__ on objects in a cycle (PEP 442), and resurrection."""
import gc

gc.disable()
gc.collect()

log = []
saved = []


# --8<-- [start:del]
class Noisy:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        log.append(f"__del__ {self.name}")


x, y = Noisy("x"), Noisy("y")
x.peer, y.peer = y, x
del x, y
print("collected:", gc.collect())
print("log:", sorted(log))
print("gc.garbage:", gc.garbage)
# --8<-- [end:del]

# --8<-- [start:resurrect]
class Phoenix:
    def __init__(self):
        self.me = self                  # a cycle of one
        self.calls = 0

    def __del__(self):
        self.calls += 1
        saved.append(self)              # resurrect: a new outside reference


Phoenix()
print("first collect found:", gc.collect())
bird = saved.pop()
print("resurrected, __del__ calls so far:", bird.calls)
del bird
print("second collect found:", gc.collect())
print("saved after second collect:", saved)
# --8<-- [end:resurrect]
