"""Tuple and list free lists, counted with sys._debugmallocstats()."""
import os
import re
import sys
import tempfile

# --8<-- [start:main]
def free_lists():
    """Parse the free-list lines that sys._debugmallocstats() writes to C stderr."""
    with tempfile.TemporaryFile(mode="w+") as f:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)              # capture the C-level stderr
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        text = f.read()
    tuples = {int(size): int(count) for count, size in
              re.findall(r"(\d+) free (\d+)-sized PyTupleObject", text)}
    lists = int(re.search(r"(\d+) free PyListObject", text).group(1))
    return tuples, lists

tuples, lists = free_lists()
print("tuple sizes with a free list:", min(tuples), "to", max(tuples))

garbage = [tuple(range(i, i + 3)) for i in range(2500)] + [[i] for i in range(200)]
del garbage                                 # 2,500 3-tuples and 200 lists die here
tuples, lists = free_lists()
print("free 3-tuples after 2,500 died:", tuples[3])
print("free lists after 200 died:     ", lists)

reused = [tuple(range(i, i + 3)) for i in range(10)]
tuples, lists = free_lists()
print("free 3-tuples after 10 new ones:", tuples[3])
# --8<-- [end:main]
