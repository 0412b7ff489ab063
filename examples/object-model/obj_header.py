"""Read the two header fields of live objects straight from memory.

On CPython, id(obj) is the object's address. On the default (GIL) build of a 64-bit
CPython, the first 8 bytes there hold the reference count and the next 8 the type pointer.
"""
import ctypes
import sys

# --8<-- [start:main]
def header(obj):
    address = id(obj)
    refcnt_word = ctypes.c_uint64.from_address(address).value
    type_pointer = ctypes.c_void_p.from_address(address + 8).value
    return refcnt_word, type_pointer

for obj in [42, "hello", [1, 2, 3], None, header]:
    refcnt_word, type_pointer = header(obj)
    low32 = refcnt_word & 0xFFFF_FFFF
    immortal = ctypes.c_int32(low32).value < 0  # the immortality test of 64-bit builds
    print(f"{type(obj).__name__:<9} ob_type is type(obj): {type_pointer == id(type(obj))!s:<5} "
          f"immortal: {immortal!s:<5} count field: {refcnt_word if not immortal else hex(refcnt_word)}")
# --8<-- [end:main]
