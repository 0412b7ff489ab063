"""Read sys._debugmallocstats() line by line, keeping only what does not vary."""
import re

from mallocstats import malloc_stats


# --8<-- [start:main]
lines = malloc_stats().splitlines()
print(lines[0])                                     # the threshold line
print(lines[2])                                     # the table header
rows = [tuple(map(int, line.split())) for line in lines
        if re.fullmatch(r"\s*\d+\s+\d+\s+\d+\s+\d+\s+\d+", line)]
per_pool = {size: (used + avail) // pools
            for cls, size, pools, used, avail in rows}
print("blocks per pool, by block size:",
      {size: per_pool[size] for size in (16, 32, 64, 128, 256, 512) if size in per_pool})

arena_line = next(l for l in lines if "bytes/arena" in l)
pool_line = next(l for l in lines if "unused pools *" in l)
print("arena size:", re.search(r"\* (\d+) bytes/arena", arena_line).group(1), "bytes")
print("pool size: ", re.search(r"pools \* (\d+) bytes", pool_line).group(1), "bytes")
print("where the arena bytes go:")
for line in lines:
    if line.startswith("# bytes") and "arena map" not in line:
        print("   ", line.split("=")[0].strip())
nodes = {m.group(1): int(m.group(2).replace(",", ""))
         for m in re.finditer(r"# arena map (mid|bot) nodes\s+=\s+([\d,]+)", "\n".join(lines))}
for part in ("root", "mid", "bot"):
    m = re.search(rf"# bytes lost to arena map {part}\s+=\s+([\d,]+)", "\n".join(lines))
    total = int(m.group(1).replace(",", ""))
    each = total if part == "root" else total // nodes[part]
    print(f"radix tree {part} node: {each:,} bytes")
# --8<-- [end:main]
