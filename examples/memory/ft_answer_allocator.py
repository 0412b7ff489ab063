"""Exercise answer: mimalloc is compiled into the default build of 3.13+, yet
the allocator in use is still pymalloc."""
import sys
import sysconfig

# --8<-- [start:main]
print("WITH_MIMALLOC:", sysconfig.get_config_var("WITH_MIMALLOC"))
try:
    from _testinternalcapi import pymem_getallocatorsname
except ImportError:
    from _testcapi import pymem_getallocatorsname        # where 3.12 keeps it
print("allocator in use:", pymem_getallocatorsname())
print("PYTHONMALLOC set:", "PYTHONMALLOC" in __import__("os").environ)
# --8<-- [end:main]
