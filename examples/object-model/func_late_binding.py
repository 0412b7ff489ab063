"""Late binding: closures look a variable up when they run, not when they are made."""
import functools

# --8<-- [start:problem]
def make_multipliers():
    multipliers = []
    for k in (1, 2, 3):
        multipliers.append(lambda x: x * k)
    return multipliers

late = make_multipliers()
print("late binding:   ", [m(10) for m in late])
cells = [m.__closure__[0] for m in late]
print("one shared cell:", all(c is cells[0] for c in cells),
      "| it holds k =", cells[0].cell_contents)
# --8<-- [end:problem]

# --8<-- [start:fixes]
def with_default():
    return [lambda x, k=k: x * k for k in (1, 2, 3)]

def with_factory():
    def times(k):
        return lambda x: x * k          # each call of times() makes a new cell
    return [times(k) for k in (1, 2, 3)]

def with_partial():
    def mul(x, k):
        return x * k
    return [functools.partial(mul, k=k) for k in (1, 2, 3)]

for fix in (with_default, with_factory, with_partial):
    funcs = fix()
    print(f"{fix.__name__:13}", [f(10) for f in funcs])
print("default fix: closure", with_default()[0].__closure__,
      "| __defaults__", [f.__defaults__ for f in with_default()])
print("factory fix: distinct cells",
      len({id(f.__closure__[0]) for f in with_factory()}))
# --8<-- [end:fixes]
