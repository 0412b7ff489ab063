"""What sys.getsizeof does not see: the memory an instance's attribute values occupy.

tracemalloc counts the bytes requested from Python's allocators; sys.getallocatedblocks
counts the memory blocks currently in use. Both are measured around creating N instances.
"""
import sys
import tracemalloc


class Empty:
    pass


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


# --8<-- [start:main]
N = 1000
print(f"{'class':<10} {'getsizeof':>9} {'bytes allocated':>16} {'blocks':>7}   (per instance)")
for cls in (Empty, Point, SlotPoint):
    keep = [None] * N                    # room for the instances, allocated before measuring
    cls()                                # warm up: the first instance may build caches
    tracemalloc.start()
    bytes_before, blocks_before = tracemalloc.get_traced_memory()[0], sys.getallocatedblocks()
    for i in range(N):
        keep[i] = cls()
    bytes_after, blocks_after = tracemalloc.get_traced_memory()[0], sys.getallocatedblocks()
    tracemalloc.stop()
    print(f"{cls.__name__:<10} {sys.getsizeof(keep[0]):>9} {round((bytes_after - bytes_before) / N):>16} "
          f"{round((blocks_after - blocks_before) / N):>7}")
# --8<-- [end:main]
