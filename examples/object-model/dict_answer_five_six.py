"""Exercise: the size of a str-keyed dict with five and with six items."""
import sys

d = {}
for i, key in enumerate(["a", "b", "c", "d", "e", "f"], start=1):
    d[key] = i
    print(f"{i} item(s): sys.getsizeof = {sys.getsizeof(d)}")
