"""Exercise answer: why 'bytes lost to arena alignment' is always a whole number of pools."""
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
text = malloc_stats()
def value(label):
    return int(re.search(re.escape(label) + r"\s+=\s+([\d,]+)", text).group(1).replace(",", ""))
lost = value("# bytes lost to arena alignment")
narenas = value("# arenas allocated current")
print("lost to alignment is a multiple of the pool size:", lost % 16384 == 0)
print("at most one pool lost per arena:", lost // 16384 <= narenas)
# --8<-- [end:main]
