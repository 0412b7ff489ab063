"""gc.freeze() moves everything tracked into the permanent generation."""
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    pass


a, b = Node(), Node()
a.peer, b.peer = b, a
probe = weakref.ref(a)
del a, b                          # garbage, but not collected yet

before = gc.get_freeze_count()
gc.freeze()
print("objects frozen by this call > 1000:", gc.get_freeze_count() - before > 1000)

gc.collect()
print("frozen cycle alive after collect:", probe() is not None)

gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
gc.collect()
print("cycle alive after unfreeze + collect:", probe() is not None)
