"""When do arenas go back to the operating system? Free everything, or leave one survivor per pool."""
from mallocstats import malloc_stats, stat


def arenas():
    """Return (arenas allocated now, arenas reclaimed so far) from sys._debugmallocstats()."""
    text = malloc_stats()
    return stat(text, "# arenas allocated current"), stat(text, "# arenas reclaimed")


# --8<-- [start:main]
N = 400_000                          # bytes(40) asks for 73 bytes: 80-byte blocks
start, _ = arenas()
data = [bytes(40) for _ in range(N)]  # 400,000 * 80 bytes is about 30 MiB of blocks
grown, _ = arenas()
print("arenas added for the objects: about", round((grown - start) / 5) * 5)

del data                             # every block freed: every pool empty
now, reclaimed = arenas()
print("after freeing all of them, arenas still held beyond the start:", now - start <= 1)

data = [bytes(40) for _ in range(N)]
survivors = data[::200]              # one object in every 200 (a pool holds 204)
del data
now, _ = arenas()
print("after freeing 99.5% but keeping one per pool, arenas still held:",
      now - start >= 0.9 * (grown - start))
# --8<-- [end:main]
