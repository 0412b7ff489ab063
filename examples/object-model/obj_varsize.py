"""Variable-size objects keep their length in the header: ob_size, right after ob_type."""
import ctypes

# --8<-- [start:main]
def ob_size(obj):
    return ctypes.c_ssize_t.from_address(id(obj) + 16).value

for obj in [(), (1, 2, 3), [], ["a", "b"], b"bytes!"]:
    print(f"{obj!r:<16} len={len(obj)}  ob_size={ob_size(obj)}  "
          f"basicsize={type(obj).__basicsize__}  itemsize={type(obj).__itemsize__}")
# --8<-- [end:main]
