"""Which size class serves a request? Create 2,000 bytes objects and see which class grows."""
import sys

from mallocstats import size_classes


def blocks_in_use():
    """Map each size class's block size to its 'blocks in use' column."""
    return {size: used for size, (pools, used, avail) in size_classes().items()}


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
