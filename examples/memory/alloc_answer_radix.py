"""Exercise answer: the radix tree's node sizes, from the header's formulas and from the stats."""
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
def layout(address_bits, arena_bits):
    interior = (address_bits - arena_bits + 2) // 3            # INTERIOR_BITS
    bot = address_bits - arena_bits - 2 * interior             # MAP_BOT_BITS
    return interior, interior, bot

top, mid, bot = layout(64, 20)
print("1 MiB arenas: top/mid/bot bits", (top, mid, bot))
print("2 MiB arenas: top/mid/bot bits", layout(64, 21))
predicted = {"root": (1 << top) * 8, "mid": (1 << mid) * 8, "bot": (1 << bot) * 8}
text = malloc_stats()
nodes = {k: int(v) for k, v in re.findall(r"# arena map (mid|bot) nodes\s+=\s+(\d+)", text)}
for part, size in predicted.items():
    total = int(re.search(rf"lost to arena map {part}\s+=\s+([\d,]+)", text)
                .group(1).replace(",", ""))
    print(f"{part:4} node: predicted {size:,} bytes, reported {total // nodes.get(part, 1):,}")
# --8<-- [end:main]
