"""Is a weak reference (without callback) to cyclic garbage still alive in __del__?"""
import gc
import weakref

gc.disable()
gc.collect()

seen = []


class Node:
    def __del__(self):
        # self.to_peer is a weakref without callback to the other node,
        # which is garbage in the same cycle.
        seen.append(self.to_peer() is not None)


a, b = Node(), Node()
a.peer, b.peer = b, a
a.to_peer, b.to_peer = weakref.ref(b), weakref.ref(a)
del a, b
gc.collect()
print("peer still reachable through the weakref in __del__:", seen)
