"""Exercise answer: freeing every arena but one, twice in a row."""
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


def arenas():
    text = malloc_stats()
    def value(label):
        return int(re.search(label + r"\s+=\s+([\d,]+)", text).group(1).replace(",", ""))
    return value("# arenas allocated total"), value("# arenas reclaimed")


# --8<-- [start:main]
for round_ in (1, 2):
    total0, reclaimed0 = arenas()
    data = [bytes(40) for _ in range(200_000)]
    total1, _ = arenas()
    del data
    _, reclaimed1 = arenas()
    added, given_back = total1 - total0, reclaimed1 - reclaimed0
    print(f"round {round_}: new arenas {'about 15' if 12 <= added <= 17 else added}, "
          f"given back minus new: {given_back - added}")
# --8<-- [end:main]
