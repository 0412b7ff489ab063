"""The Python heap and the process's resident memory (RSS) do not move together."""
import gc
import os
import sys

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss():
    """Resident set size in bytes, from the second field of /proc/self/statm."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


MB = 1 << 20

# --8<-- [start:main]
def experiment(keep_every):
    gc.collect()
    start_rss, start_blocks = rss(), sys.getallocatedblocks()
    data = [str(i) * 3 for i in range(1_000_000)]          # about a million small blocks
    full_rss = rss()
    survivors = data[::keep_every] if keep_every else []    # keep 1 in keep_every
    del data
    gc.collect()
    end_rss, end_blocks = rss(), sys.getallocatedblocks()
    print(f"keep 1 in {keep_every or 'none':<5}"
          f" blocks still allocated: {(end_blocks - start_blocks) // 1000:>4} thousand;"
          f" RSS grew by 50+ MB: {full_rss - start_rss > 50 * MB};"
          f" RSS back within 10 MB of start: {end_rss - start_rss < 10 * MB}")
    return survivors


kept_none = experiment(0)
kept_some = experiment(100)
# --8<-- [end:main]
