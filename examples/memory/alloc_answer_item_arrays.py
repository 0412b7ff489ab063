"""Exercise answer: a list's item array comes from PyMem_Malloc, which is pymalloc too (up to 512 bytes)."""
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
N = 2000
for n in (63, 64, 65):
    before = table()
    keep = [[None] * n for _ in range(N)]          # item array: n pointers, exactly sized
    after = table()
    grown = sorted(size for size in after
                   if after[size][1] - before.get(size, (0, 0, 0))[1] >= 0.95 * N)
    print(f"[None] * {n}: item array {8 * n} bytes; classes that grew by {N}: {grown}")
    del keep
# --8<-- [end:main]
