"""Round an object's address down to its pool and read the pool header with ctypes."""
import ctypes
import sys

POOL_SIZE = 16 * 1024            # 1 << POOL_BITS on these 64-bit builds


class PoolHeader(ctypes.Structure):
    """struct pool_header from Include/internal/pycore_obmalloc.h."""
    _fields_ = [("count", ctypes.c_void_p),     # union: uint count, padded to a pointer
                ("freeblock", ctypes.c_void_p),
                ("nextpool", ctypes.c_void_p),
                ("prevpool", ctypes.c_void_p),
                ("arenaindex", ctypes.c_uint),
                ("szidx", ctypes.c_uint),
                ("nextoffset", ctypes.c_uint),
                ("maxnextoffset", ctypes.c_uint)]


# --8<-- [start:main]
print("header size:", ctypes.sizeof(PoolHeader), "bytes")
samples = {"float": float("1.5"), "int of 31 digits": int("1" * 31),   # built at run time
           "bytes(20)": bytes(20), "str of 30 chars": "x" * 30,
           "3-tuple": tuple([1, 2, 3]), "dict {}": {}}
for name, obj in samples.items():
    pool = PoolHeader.from_address(id(obj) & ~(POOL_SIZE - 1))
    block = (pool.szidx + 1) * 16               # INDEX2SIZE(szidx)
    print(f"{name:16} getsizeof {sys.getsizeof(obj):3}  size class {pool.szidx:2} "
          f"({block:3}-byte blocks), maxnextoffset + block = {pool.maxnextoffset + block}")
# --8<-- [end:main]
