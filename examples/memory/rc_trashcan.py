"""Deleting a very deeply nested list: no C stack overflow, and the order shows the deferral."""
import sys
import threading

freed = []                                   # depths of the markers, in the order they die


class Marker:
    __slots__ = ("depth",)

    def __init__(self, depth):
        self.depth = depth

    def __del__(self):
        freed.append(self.depth)


# --8<-- [start:main]
def build(levels):
    """[Marker(0), [Marker(1), [Marker(2), ... [Marker(levels)]]]]"""
    inner = [Marker(levels)]
    for depth in range(levels - 1, -1, -1):
        inner = [Marker(depth), inner]
    return inner


def build_and_delete():
    nested = build(LEVELS)
    del nested                               # one decref starts the whole chain


LEVELS = 200_000
threading.stack_size(4 * 1024 * 1024)        # a thread with a 4 MiB C stack
worker = threading.Thread(target=build_and_delete)
worker.start()
worker.join()

print("markers freed:", len(freed), "of", LEVELS + 1)
jumps = sum(1 for a, b in zip(freed, freed[1:]) if b != a - 1)
print("deepest-first order interrupted:", jumps > 0)
if sys.version_info < (3, 14):
    print("depth of the first marker freed:", freed[0])
else:                                        # set by the bytes of C stack left
    print("first marker freed is between 20,000 and 150,000 levels deep:",
          20_000 <= freed[0] < 150_000)
# --8<-- [end:main]
