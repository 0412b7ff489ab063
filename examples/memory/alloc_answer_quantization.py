"""Exercise answer: blocks per pool and bytes wasted at the end of a pool, formula against stats."""
import os
import re
import sys
import tempfile

def malloc_stats():
    """Return what sys._debugmallocstats() writes to the C-level stderr."""
    with tempfile.TemporaryFile(mode="w+") as f:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        return f.read()


def table():
    """The size-class table: {block size: (pools, blocks in use, available blocks)}."""
    rows = {}
    for line in malloc_stats().splitlines():
        if re.fullmatch(r"\s*\d+\s+\d+\s+\d+\s+\d+\s+\d+", line):
            cls, size, pools, used, avail = map(int, line.split())
            rows[size] = (pools, used, avail)
    return rows


# --8<-- [start:main]
POOL_SIZE, POOL_OVERHEAD = 16384, 48
rows = table()
agree = True
for size in (16, 48, 80, 176, 336, 512):
    numblocks = (POOL_SIZE - POOL_OVERHEAD) // size          # NUMBLOCKS
    waste = (POOL_SIZE - POOL_OVERHEAD) % size               # quantization per pool
    print(f"{size:3}-byte blocks: {numblocks:4} per pool, {waste:3} bytes left over")
for size, (pools, used, avail) in rows.items():
    agree &= (used + avail == pools * ((POOL_SIZE - POOL_OVERHEAD) // size))
print("formula agrees with every row of the stats table:", agree)
# --8<-- [end:main]
