"""code.replace() builds a new code object; assigning it to __code__ changes a function."""
# --8<-- [start:main]
def greet():
    return "hello"

old = greet.__code__
new = old.replace(co_consts=tuple("goodbye" if c == "hello" else c
                                  for c in old.co_consts),
                  co_name="farewell", co_qualname="farewell")
print("same object:", new is old, "| equal:", new == old)
greet.__code__ = new
print(greet(), "| function __name__:", greet.__name__,
      "| code name:", greet.__code__.co_name)

try:
    old.replace(co_nlocals=5)            # derived fields must stay consistent
except ValueError as exc:
    print("ValueError:", exc)
try:
    old.co_consts = ()                   # code objects are immutable
except AttributeError as exc:
    print("AttributeError:", exc)
# --8<-- [end:main]
