"""Exercise answer: blocks per pool and bytes wasted at the end of a pool, formula against stats."""

from mallocstats import size_classes


# --8<-- [start:main]
POOL_SIZE, POOL_OVERHEAD = 16384, 48
rows = size_classes()
agree = True
for size in (16, 48, 80, 176, 336, 512):
    numblocks = (POOL_SIZE - POOL_OVERHEAD) // size          # NUMBLOCKS
    waste = (POOL_SIZE - POOL_OVERHEAD) % size               # quantization per pool
    print(f"{size:3}-byte blocks: {numblocks:4} per pool, {waste:3} bytes left over")
for size, (pools, used, avail) in rows.items():
    agree &= (used + avail == pools * ((POOL_SIZE - POOL_OVERHEAD) // size))
print("formula agrees with every row of the stats table:", agree)
# --8<-- [end:main]
