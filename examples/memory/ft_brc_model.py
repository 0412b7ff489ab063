"""Three stories told with the biased reference counting MODEL in ft_brc_rules.py.
A model, not a recording: no free-threaded interpreter runs here."""
from ft_brc_rules import Obj, decref, eval_breaker, incref, queues, show, stats

# --8<-- [start:private]
print("1. An object that never leaves thread A")
stats["atomic"] = stats["plain"] = 0
x = Obj("x", "A"); show(x, "A creates x")
incref(x, "A"); show(x, "A: incref")
decref(x, "A"); show(x, "A: decref")
decref(x, "A"); show(x, "A: decref (last reference)")
print("  atomic operations:", stats["atomic"])
# --8<-- [end:private]

# --8<-- [start:shared]
print("2. Thread B reads x while A still holds it")
stats["atomic"] = stats["plain"] = 0
x = Obj("x", "A"); show(x, "A creates x")
incref(x, "B"); show(x, "B: incref")
decref(x, "A"); show(x, "A: decref, local count hits 0")
decref(x, "B"); show(x, "B: decref (last reference)")
print("  atomic operations:", stats["atomic"])
# --8<-- [end:shared]

# --8<-- [start:handoff]
print("3. A hands its reference to B, B drops it")
stats["atomic"] = stats["plain"] = 0
x = Obj("x", "A"); show(x, "A creates x, puts it in a queue")
decref(x, "B"); show(x, "B: takes x, decref")
print("  queued for A:", [op.name for op in queues.get("A", [])])
eval_breaker("A"); show(x, "A: eval breaker merges its queue")
print("  atomic operations:", stats["atomic"])
# --8<-- [end:handoff]
