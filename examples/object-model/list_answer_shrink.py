"""Exercise answer: how the item array shrinks as items are popped."""
import sys

# --8<-- [start:main]
EMPTY = sys.getsizeof([])
capacity = lambda lst: (sys.getsizeof(lst) - EMPTY) // 8

for start in (8, 24, 40, 100):
    lst = [None] * start
    lst.append(None)                        # now over-allocated
    changes = [(len(lst), capacity(lst))]
    while lst:
        lst.pop()
        if capacity(lst) != changes[-1][1]:
            changes.append((len(lst), capacity(lst)))
    print(f"start {start + 1:3}: (len, capacity) where it changed: {changes}")
# --8<-- [end:main]
