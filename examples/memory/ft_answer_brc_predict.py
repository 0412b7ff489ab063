"""Exercise answer: predict the biased counts (a MODEL, see ft_brc_rules.py)."""
from ft_brc_rules import Obj, decref, incref, show, stats

# --8<-- [start:main]
x = Obj("x", "A"); show(x, "A creates x")
incref(x, "B"); show(x, "B: incref")
incref(x, "B"); show(x, "B: incref")
decref(x, "A"); show(x, "A: decref")
decref(x, "B"); show(x, "B: decref")
decref(x, "B"); show(x, "B: decref")
print("  atomic:", stats["atomic"], "plain:", stats["plain"])
# --8<-- [end:main]
