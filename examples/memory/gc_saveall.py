"""gc.DEBUG_SAVEALL keeps what the collector finds in gc.garbage."""
import gc

gc.disable()
gc.collect()


class Node:
    pass


gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Node(), Node()
a.peer, b.peer = b, a
del a, b
found = gc.collect()
print("found:", found)
print("gc.garbage holds:", sorted(type(o).__name__ for o in gc.garbage))
first = next(o for o in gc.garbage if isinstance(o, Node))
print("the saved nodes still point at each other:", first.peer.peer is first)

del first
gc.set_debug(0)
gc.garbage.clear()               # drop the saved objects ourselves
print("after clearing, collect finds:", gc.collect())
