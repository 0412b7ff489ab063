"""Exercise answer: a function is a code object plus globals, defaults and cells."""
import types

# --8<-- [start:main]
def counter(start=0):
    count = start
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

tick = counter()
code = tick.__code__
tock = types.FunctionType(code, globals(), "tock", None, (types.CellType(100),))
print(tick(), tick(), "|", tock(), tock())
print("same code object:", tock.__code__ is tick.__code__, "| name:", tock.__name__)
try:
    types.FunctionType(code, globals())
except TypeError as exc:
    print("without a closure:", exc)
try:
    types.FunctionType(code, globals(), "bad", None, ())
except ValueError as exc:
    print("with an empty closure:", exc)
# --8<-- [end:main]
