"""Exercise answer: assignment without nonlocal makes a new local."""
import dis

# --8<-- [start:main]
def counter():
    count = 0
    def increment():
        count += 1          # no nonlocal: count is local to increment
        return count
    return increment

tick = counter()
print("increment: co_varnames", tick.__code__.co_varnames,
      "co_freevars", tick.__code__.co_freevars, "closure", tick.__closure__)
print("first instruction that reads count:",
      next(i.opname for i in dis.get_instructions(tick) if i.argval == "count"))
try:
    tick()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
# --8<-- [end:main]
