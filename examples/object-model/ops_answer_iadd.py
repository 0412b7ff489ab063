"""+ refuses a tuple on a list, += accepts it: two different slots."""
x = [1, 2]
try:
    x + (3,)
except TypeError as exc:
    print("x + (3,)  -> TypeError:", exc)

alias = x
x += (3,)
print("x += (3,) ->", x, "| same list object:", x is alias)

t = (1,)
try:
    t += [2]
except TypeError as exc:
    print("t += [2]  -> TypeError:", exc)
