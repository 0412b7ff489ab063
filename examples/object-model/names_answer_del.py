"""Exercise: `del` then read the name, inside a function and at module level."""

# --8<-- [start:main]
def inside():
    x = 1
    del x
    return x

try:
    inside()
except NameError as exc:
    print("function:", type(exc).__name__, "-", exc)

y = 1
del y
try:
    print(y)                                 # noqa: F821
except NameError as exc:
    print("module:  ", type(exc).__name__, "-", exc)
# --8<-- [end:main]
