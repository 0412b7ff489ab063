"""Parent links: a strong back-reference makes a cycle that waits for the collector;
a weak one lets reference counting free the tree at once."""
import gc
import weakref


class Node:
    def __init__(self, parent=None):
        self.children = []
        self.parent = parent


class WeakNode:
    def __init__(self, parent=None):
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None


# --8<-- [start:tree]
def build(cls, fanout=10):
    root = cls()
    for _ in range(fanout):
        child = cls(root)
        root.children.append(child)
        for _ in range(fanout):
            child.children.append(cls(child))
    return root


def alive_after_del(cls):
    root = build(cls)
    probes = [weakref.ref(root), weakref.ref(root.children[0].children[0])]
    del root                                  # drop the only outside reference
    before = sum(p() is not None for p in probes)
    found = gc.collect()                      # what the collector had to find
    after = sum(p() is not None for p in probes)
    return before, found, after


gc.disable()                                  # no automatic collection during the test
gc.collect()
for cls in (Node, WeakNode):
    before, found, after = alive_after_del(cls)
    print(f"{cls.__name__:8} alive after del: {before}/2, gc.collect() found {found:3}, "
          f"alive after collect: {after}/2")
gc.enable()
# --8<-- [end:tree]

# --8<-- [start:parent]
leaf = build(WeakNode).children[0].children[0]
print("a leaf whose tree is gone has parent:", leaf.parent)
# --8<-- [end:parent]
