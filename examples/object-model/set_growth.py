"""A set growing one item at a time: fill, used, mask and sys.getsizeof."""
import ctypes
import sys

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

# --8<-- [start:main]
def fields(s):
    """fill, used and mask: the three Py_ssize_t fields after the object header."""
    return word(id(s) + 16), word(id(s) + 24), word(id(s) + 32)

def set_resize_rule(fill, mask, used):
    """After an insertion into an unused slot: resize when fill*5 >= mask*3."""
    if fill * 5 < mask * 3:
        return mask + 1
    minused = used * 2 if used > 50000 else used * 4
    newsize = 8                                     # PySet_MINSIZE
    while newsize <= minused:
        newsize <<= 1
    return newsize

print("set.__basicsize__ =", set.__basicsize__, " sys.getsizeof(set()) =", sys.getsizeof(set()))
s, rows, rule_holds = set(), [], True
for i in range(1000):
    s.add(i)
    fill, used, mask = fields(s)
    rule_holds &= mask + 1 == set_resize_rule(fill, rows[-1][1] - 1 if rows else 7, used)
    if not rows or mask + 1 != rows[-1][1]:
        rows.append((len(s), mask + 1, sys.getsizeof(s)))
print("grew when len became:", [n for n, _, _ in rows[1:]])
print("table slots:         ", [slots for _, slots, _ in rows])
print("getsizeof:           ", [size for _, _, size in rows])
print("resize rule predicts every step:", rule_holds)

for x in range(990):
    s.discard(x)
print("after discarding 990: len", len(s), " fill, used, mask =", fields(s),
      " getsizeof", sys.getsizeof(s))
# --8<-- [end:main]
