"""Exercise answer: why 'bytes lost to arena alignment' is always a whole number of pools."""
from mallocstats import malloc_stats, stat


# --8<-- [start:main]
text = malloc_stats()
lost = stat(text, "# bytes lost to arena alignment")
narenas = stat(text, "# arenas allocated current")
print("lost to alignment is a multiple of the pool size:", lost % 16384 == 0)
print("at most one pool lost per arena:", lost // 16384 <= narenas)
# --8<-- [end:main]
