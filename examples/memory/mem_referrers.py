"""gc.get_referrers and gc.get_referents: what they see, and what they cannot see."""
import gc
import sys


class Node:
    pass


def kinds(objects):
    return sorted(type(o).__name__ for o in objects)


# --8<-- [start:main]
target = Node()
holder_list = [target]
print("referrers of target   :", kinds(gc.get_referrers(target)))

text = "payload-" + str(12345)                    # a str built at run time
names = {"key": text}                             # a dict of str values only
row = (text, "other")                             # a tuple of str only
gc.collect()                                      # collections may untrack containers
print("dict tracked by the GC:", gc.is_tracked(names))
print("tuple tracked         :", gc.is_tracked(row))
print("referrers of text     :", kinds(gc.get_referrers(text)))
print("referents of names    :", kinds(gc.get_referents(names)))

def inspect_here():
    local = Node()
    plain = kinds(gc.get_referrers(local))
    frame = sys._getframe()                       # materialise this frame as an object
    with_frame = kinds(gc.get_referrers(local))
    del frame
    return plain, with_frame

plain, with_frame = inspect_here()
print("referrers of a local  :", plain)
print("... once a frame object exists:", with_frame)

def gen():
    item = Node()
    yield item

g = gen()
item = next(g)
print("referrers of a value a generator holds:", kinds(gc.get_referrers(item)))
print("referents of a Node   :", kinds(gc.get_referents(Node())))
print("referents of an int   :", gc.get_referents(10**30))
# --8<-- [end:main]
