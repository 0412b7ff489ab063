"""Exercise answer: more decrefs than increfs from a non-owner thread drive the
shared count below zero (a MODEL, see ft_brc_rules.py)."""
from ft_brc_rules import Obj, decref, eval_breaker, incref, show

# --8<-- [start:main]
x = Obj("x", "A"); show(x, "A creates x")
incref(x, "A"); show(x, "A: incref, gives both refs to B")
decref(x, "B"); show(x, "B: decref")
decref(x, "B"); show(x, "B: decref")
eval_breaker("A"); show(x, "A: eval breaker merges")
# --8<-- [end:main]
