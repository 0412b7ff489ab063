"""Exercise answer: the same 1,000 incref/decref pairs, done by the owning thread
and by another thread (a MODEL, see ft_brc_rules.py)."""
from ft_brc_rules import Obj, decref, incref, stats

# --8<-- [start:main]
for thread in ("A", "B"):
    stats["atomic"] = stats["plain"] = 0
    x = Obj("x", "A")                  # owned by A, one reference held by A
    for _ in range(1000):
        incref(x, thread)
        decref(x, thread)
    print(f"pairs done by {thread}: plain={stats['plain']} atomic={stats['atomic']}"
          f" local={x.local} shared={x.shared}")
# --8<-- [end:main]
