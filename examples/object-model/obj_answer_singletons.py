"""Exercise answer: the headers of three more shared singletons."""
import ctypes

# --8<-- [start:main]
for obj in (True, (), ""):
    word = ctypes.c_uint64.from_address(id(obj)).value
    immortal = ctypes.c_int32(word & 0xFFFF_FFFF).value < 0
    print(f"{obj!r:<5} count field {word:#x}  immortal: {immortal}")
# --8<-- [end:main]
