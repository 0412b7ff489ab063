"""Where a .pyc goes: __pycache__, the cache tag, optimisation levels and pycache_prefix."""
import importlib.util
import inspect
import os
import sys

# --8<-- [start:main]
print("cache_tag:", sys.implementation.cache_tag)
print("dont_write_bytecode:", sys.dont_write_bytecode,
      "| pycache_prefix:", sys.pycache_prefix, "| optimize:", sys.flags.optimize)
src = os.path.join("pkg", "shop.py")
for level in ("", 1, 2):
    print(f"optimization={level!r:4} ->",
          importlib.util.cache_from_source(src, optimization=level))
print("back again:", importlib.util.source_from_cache(
    importlib.util.cache_from_source(src, optimization=2)))

sys.pycache_prefix = "cache"                  # what -X pycache_prefix=cache sets
path = importlib.util.cache_from_source(src)
mirror = os.path.abspath("pkg").lstrip(os.sep)  # the source folder, made relative
print("with pycache_prefix:",
      path.replace(mirror, "<absolute folder of shop.py>"))
sys.pycache_prefix = None
print("signature:", inspect.signature(importlib.util.cache_from_source))
# --8<-- [end:main]
