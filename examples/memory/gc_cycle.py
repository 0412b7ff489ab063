"""A reference cycle outlives `del`; only the cyclic collector frees it."""
import gc
import weakref

gc.disable()          # no automatic collection while we watch
gc.collect()          # start from a clean young generation


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


# --8<-- [start:main]
a, b = Node("a"), Node("b")
a.other, b.other = b, a          # a -> b -> a: a cycle
probe = weakref.ref(a)           # watches a without keeping it alive

del a, b                         # no name refers to either node any more
print("alive after del:       ", probe() is not None)
print("other node refers back:", probe().other.other is probe())

found = gc.collect()             # a full collection
print("alive after collect:   ", probe() is not None)
print("unreachable objects found:", found)
# --8<-- [end:main]
