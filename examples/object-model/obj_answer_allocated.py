"""Exercise answer: a list's `allocated` field (after ob_size and ob_item) grows in steps."""
import ctypes

# --8<-- [start:main]
def list_fields(lst):
    base = id(lst)
    ob_size = ctypes.c_ssize_t.from_address(base + 16).value
    allocated = ctypes.c_ssize_t.from_address(base + 32).value   # after the ob_item pointer
    return ob_size, allocated

lst = []
steps = []
for i in range(20):
    lst.append(i)
    size, allocated = list_fields(lst)
    if not steps or steps[-1][1] != allocated:
        steps.append((size, allocated))
print("(ob_size, allocated) whenever allocated changes:", steps)
# --8<-- [end:main]
