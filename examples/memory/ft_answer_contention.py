"""Exercise answer: four threads each use a module-level function 1,000 times.
Counts of reference-count writes under plain biased counting and with deferred
counting (stack references are not counted). A MODEL, see ft_brc_rules.py."""
from ft_brc_rules import Obj, decref, incref, stats

# --8<-- [start:main]
threads = ["main", "T1", "T2", "T3"]

stats["atomic"] = stats["plain"] = 0
func = Obj("func", "main")             # created by the main thread at import
for t in threads:
    for _ in range(1000):
        incref(func, t)                # push the function onto the stack
        decref(func, t)                # pop it after the call
print("biased only:   plain", stats["plain"], "atomic", stats["atomic"])

stats["atomic"] = stats["plain"] = 0
for t in threads:
    for _ in range(1000):
        pass                           # deferred: a stack reference is not counted
print("with deferred: plain", stats["plain"], "atomic", stats["atomic"])
# --8<-- [end:main]
