"""The over-allocation of list.append, measured with sys.getsizeof for 0..100 items."""
import ctypes
import sys

# --8<-- [start:main]
EMPTY = sys.getsizeof([])                   # fixed part + GC header, no array

def capacity(lst):
    """Slots in the item array, derived from sys.getsizeof (8 bytes a slot)."""
    return (sys.getsizeof(lst) - EMPTY) // 8

def list_resize_rule(allocated, size, newsize):
    """The growth rule of list_resize in Objects/listobject.c, in Python."""
    if allocated >= newsize and newsize >= (allocated >> 1):
        return allocated                    # still fits: no reallocation
    new_allocated = (newsize + (newsize >> 3) + 6) & ~3
    if newsize - size > new_allocated - newsize:
        new_allocated = (newsize + 3) & ~3
    return 0 if newsize == 0 else new_allocated

lst, steps = [], [(0, 0)]
rule_holds = field_agrees = True
for i in range(100):
    predicted = list_resize_rule(capacity(lst), len(lst), len(lst) + 1)
    lst.append(i)
    rule_holds &= capacity(lst) == predicted
    field_agrees &= capacity(lst) == ctypes.c_ssize_t.from_address(id(lst) + 32).value
    if capacity(lst) != steps[-1][1]:
        steps.append((len(lst), capacity(lst)))

print("sys.getsizeof([]) =", EMPTY)
print("capacities:", [cap for _, cap in steps])
print("getsizeof:  ", [EMPTY + 8 * cap for _, cap in steps])
print("grew when len became:", [n for n, _ in steps[1:]])
print("final: len", len(lst), "capacity", capacity(lst), "getsizeof", sys.getsizeof(lst))
print("capacity equals the allocated field at every step:", field_agrees)
print("list_resize's rule predicts every step:", rule_holds)
# --8<-- [end:main]
