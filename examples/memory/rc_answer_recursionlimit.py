"""Does sys.setrecursionlimit change where the dealloc chain is cut?"""
import sys
import threading

freed = []


class Marker:
    __slots__ = ("depth",)

    def __init__(self, depth):
        self.depth = depth

    def __del__(self):
        freed.append(self.depth)


def first_freed(levels=60_000):
    freed.clear()
    inner = [Marker(levels)]
    for depth in range(levels - 1, -1, -1):
        inner = [Marker(depth), inner]
    del inner
    return freed[0]


results = {}


def run():
    for limit in (200, 1000, 50_000):
        sys.setrecursionlimit(limit)
        results[limit] = first_freed()


threading.stack_size(4 * 1024 * 1024)
worker = threading.Thread(target=run)
worker.start()
worker.join()
depths = set(results.values())
print("same cut for recursion limits 200, 1000 and 50,000:", len(depths) == 1)
if sys.version_info < (3, 14):
    print("depth of the first marker freed:", results[1000])
