"""sys.getsizeof is shallow; a deep size needs a walk, a seen-set and a policy."""
import gc
import sys
import types


# --8<-- [start:deep]
def deep_size(obj, seen=None):
    """Sum sys.getsizeof over obj and everything it refers to, each object once."""
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    if isinstance(obj, (type, types.ModuleType, types.FunctionType)):
        return 0            # shared program structure, not data
    size = sys.getsizeof(obj)
    for child in gc.get_referents(obj):
        size += deep_size(child, seen)
    return size
# --8<-- [end:deep]


def naive_size(obj):
    """The same walk without a seen-set: shared objects are counted every time."""
    if isinstance(obj, (type, types.ModuleType, types.FunctionType)):
        return 0
    return sys.getsizeof(obj) + sum(naive_size(c) for c in gc.get_referents(obj))


def is_immortal(obj):
    return sys.getrefcount(obj) >= 2**30      # 0xffffffff on 3.12-3.13, 3 * 2**30 on 3.14+


# --8<-- [start:main]
row = ["x" * 100, "y" * 100]
table = [row, row, row]                    # the same row three times
print("getsizeof(table)      :", sys.getsizeof(table))
print("deep_size(table)      :", deep_size(table))
print("naive walk, no seen   :", naive_size(table))

numbers = list(range(200))                 # small ints: cached, immortal, shared
print("deep_size(numbers)    :", deep_size(numbers))
ints = [n for n in numbers]
print("immortal ints counted :", sum(is_immortal(n) for n in ints), "of", len(ints))

record = {"name": "alpha", "tags": None}
keys = list(record)
print("keys interned         :", all(sys.intern(k) is k for k in keys))
print("deep_size(record)     :", deep_size(record))
print("referents of record   :", gc.get_referents(record))    # values only: str keys are not reported
print("  dict + 'alpha' + None:", sys.getsizeof(record), sys.getsizeof("alpha"), sys.getsizeof(None))
print("referents, mixed keys :", sorted(map(repr, gc.get_referents({1: "one", "k": "v"}))))
# --8<-- [end:main]
