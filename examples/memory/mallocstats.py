"""The helper that the allocator examples share: capture the report of sys._debugmallocstats().

sys._debugmallocstats() writes to the C-level stderr, file descriptor 2, not to the
sys.stderr object, so replacing sys.stderr catches nothing. The helper points descriptor 2
at a temporary file for the duration of the call, then reads the file back. Run on its
own, it prints the report's first line and how many size classes its table lists.
"""
import os
import re
import sys
import tempfile


def malloc_stats():
    """Return what sys._debugmallocstats() writes to the C-level stderr."""
    with tempfile.TemporaryFile(mode="w+") as f:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)          # point file descriptor 2 at the temporary file
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)           # and back
            os.close(saved)
        f.seek(0)
        return f.read()


def size_classes(text=None):
    """The size-class table: {block size: (pools, blocks in use, available blocks)}."""
    rows = {}
    for line in (malloc_stats() if text is None else text).splitlines():
        if re.fullmatch(r"\s*\d+\s+\d+\s+\d+\s+\d+\s+\d+", line):
            cls, size, pools, used, avail = map(int, line.split())
            rows[size] = (pools, used, avail)
    return rows


def stat(text, label):
    """The number after `label =` in a report (commas removed)."""
    return int(re.search(re.escape(label) + r"\s+=\s+([\d,]+)", text).group(1).replace(",", ""))


if __name__ == "__main__":
    report = malloc_stats()
    print(report.splitlines()[0])
    print("size classes in the table:", len(size_classes(report)))
