"""Weak references and their callbacks when a cycle is collected."""
import gc
import weakref

gc.disable()
gc.collect()

events = []


class Node:
    pass


a, b = Node(), Node()
a.peer, b.peer = b, a

# A weak reference that lives outside the cycle: its callback runs.
outside = weakref.ref(a, lambda r: events.append("outside callback ran"))
# A weak reference stored inside the cycle: it is garbage too, and its
# callback is never called.
a.inner = weakref.ref(b, lambda r: events.append("inner callback ran"))

del a, b
print("collected:", gc.collect())
print("events:", events)
print("outside() now returns:", outside())
