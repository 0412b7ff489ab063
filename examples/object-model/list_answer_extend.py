"""Exercise answer: capacity when a list grows by extend(), ten items at a time."""
import sys

# --8<-- [start:main]
EMPTY = sys.getsizeof([])
lst, steps = [], []
for _ in range(6):
    lst.extend(range(10))
    steps.append((len(lst), (sys.getsizeof(lst) - EMPTY) // 8))
print("(len, capacity) after each extend:", steps)
# --8<-- [end:main]
