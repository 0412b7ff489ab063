"""Exercise answer: the radix tree's node sizes, from the header's formulas and from the stats."""
import re

from mallocstats import malloc_stats


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
