"""Exercise answer: a deep size with a seen-set counts a shared object once."""
import gc
import sys


def deep_size(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, type):
        return 0
    seen.add(id(obj))
    return sys.getsizeof(obj) + sum(deep_size(c, seen) for c in gc.get_referents(obj))


# --8<-- [start:main]
s = "z" * 1000
print("getsizeof(s)         :", sys.getsizeof(s))
print("deep_size([s])       :", deep_size([s]))
print("deep_size([s, s, s]) :", deep_size([s, s, s]))
print("difference           :", deep_size([s, s, s]) - deep_size([s]))
# --8<-- [end:main]
