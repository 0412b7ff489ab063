"""Which size class serves a request? Create 2,000 bytes objects and see which class grows."""
import os
import re
import sys
import tempfile


def blocks_in_use():
    """Map each size class's block size to its 'blocks in use' column."""
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
        text = f.read()
    table = {}
    for line in text.splitlines():
        if re.fullmatch(r"\s*\d+\s+\d+\s+\d+\s+\d+\s+\d+", line):
            cls, size, pools, used, avail = map(int, line.split())
            table[size] = used
    return table


# --8<-- [start:main]
N = 2000
for length in (2, 15, 16, 100, 479, 480):
    request = sys.getsizeof(bytes(length))      # header + data + 1, one block
    before = blocks_in_use()
    keep = [bytes(length) for _ in range(N)]    # N new objects of that size
    after = blocks_in_use()
    grown = [size for size in after if after[size] - before.get(size, 0) >= 0.95 * N]
    where = f"{grown[0]}-byte blocks" if grown else "no size class (over 512: malloc)"
    print(f"bytes({length:3}) asks for {request:3} bytes -> {where}")
    del keep
# --8<-- [end:main]
