"""Immortal objects: the reference count is a marker, and it does not move."""
import sys

# --8<-- [start:main]
for label, obj in {"None": None, "True": True, "42": 42}.items():
    print(f"sys.getrefcount({label}) = {sys.getrefcount(obj)}")

before = sys.getrefcount(None)
many = [None for _ in range(100_000)]     # 100,000 new references to None
print("change after 100,000 new references to None:", sys.getrefcount(None) - before)
print("equal to 2**32 - 1:", sys.getrefcount(None) == 2**32 - 1,
      "  equal to 3 * 2**30:", sys.getrefcount(None) == 3 * 2**30)
# --8<-- [end:main]
