"""Exercise answer: a list's item array comes from PyMem_Malloc, which is pymalloc too (up to 512 bytes)."""

from mallocstats import size_classes


# --8<-- [start:main]
N = 2000
for n in (63, 64, 65):
    before = size_classes()
    keep = [[None] * n for _ in range(N)]          # item array: n pointers, exactly sized
    after = size_classes()
    grown = sorted(size for size in after
                   if after[size][1] - before.get(size, (0, 0, 0))[1] >= 0.95 * N)
    print(f"[None] * {n}: item array {8 * n} bytes; classes that grew by {N}: {grown}")
    del keep
# --8<-- [end:main]
