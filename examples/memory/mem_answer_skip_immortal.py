"""Exercise answer: a deep size that does not charge immortal objects to the container."""
import gc
import sys


def is_immortal(obj):
    # sys._is_immortal exists from 3.14; the count test works on 3.12 and later
    check = getattr(sys, "_is_immortal", None)
    return check(obj) if check else sys.getrefcount(obj) >= 2**30


# --8<-- [start:main]
def owned_size(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, type) or is_immortal(obj):
        return 0
    seen.add(id(obj))
    return sys.getsizeof(obj) + sum(owned_size(c, seen) for c in gc.get_referents(obj))


numbers = list(range(200))
print("getsizeof(numbers)  :", sys.getsizeof(numbers))
print("owned_size(numbers) :", owned_size(numbers))
mixed = [None, True, 10**20, "interned_name", "".join(["run", "time"])]
print("owned items of mixed:", [type(x).__name__ for x in mixed if not is_immortal(x)])
# --8<-- [end:main]
