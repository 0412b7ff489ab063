"""Exercise answer: which size class holds a tuple of n items, read from its pool header."""
import ctypes
import sys

POOL_SIZE = 16 * 1024
SZIDX_OFFSET = 36                # 4 pointers (32 bytes) + arenaindex (4 bytes)

# --8<-- [start:main]
for n in range(1, 6):
    t = tuple(range(n))
    szidx = ctypes.c_uint.from_address((id(t) & ~(POOL_SIZE - 1)) + SZIDX_OFFSET).value
    print(f"{n}-tuple: getsizeof {sys.getsizeof(t)}, size class {szidx}, "
          f"{(szidx + 1) * 16}-byte block")
# --8<-- [end:main]
