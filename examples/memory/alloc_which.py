"""Which allocator is this interpreter using, and how was it built?"""
import sys
import sysconfig

from mallocstats import malloc_stats


# --8<-- [start:main]
try:                                    # 3.13 and later
    from _testinternalcapi import pymem_getallocatorsname
except ImportError:                     # 3.12
    from _testcapi import pymem_getallocatorsname

print("allocator in use:       ", pymem_getallocatorsname())
for name in ("WITH_PYMALLOC", "PYMALLOC_USE_HUGEPAGES", "WITH_MIMALLOC", "Py_GIL_DISABLED"):
    print(f"{name + ':':24}", sysconfig.get_config_var(name))
if hasattr(sys, "_is_gil_enabled"):     # new in 3.13
    print("GIL enabled:            ", sys._is_gil_enabled())
print("stats begin with:       ", malloc_stats().splitlines()[0])
# --8<-- [end:main]
