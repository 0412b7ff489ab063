"""Which types are heap types, and which of those are still immutable?"""
import array
import builtins
import collections
import decimal
import re

IMMUTABLETYPE = 1 << 8      # Py_TPFLAGS_IMMUTABLETYPE
HEAPTYPE = 1 << 9           # Py_TPFLAGS_HEAPTYPE

static = [t for t in vars(builtins).values() if isinstance(t, type)]
heap = [t.__name__ for t in static if t.__flags__ & HEAPTYPE]
mutable = [t.__name__ for t in static if not t.__flags__ & IMMUTABLETYPE]
print(f"{len(static)} classes in builtins; heap types: {heap}; not immutable: {mutable}")

for t in (collections.deque, collections.OrderedDict, decimal.Decimal,
          array.array, re.Pattern):
    f = t.__flags__
    name = f"{t.__module__}.{t.__qualname__}"
    print(f"{name:<24} heap: {bool(f & HEAPTYPE)!s:<5} "
          f"immutable: {bool(f & IMMUTABLETYPE)}")
