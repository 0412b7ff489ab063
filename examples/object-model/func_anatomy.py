"""What a function object holds, and how big it is, on each version."""
import sys
import types

# --8<-- [start:main]
def make_greeter(greeting, *, punct="!"):
    """Return a function that greets someone."""
    def greet(name="world"):
        return f"{greeting}, {name}{punct}"
    return greet

hello = make_greeter("Hello")
howdy = make_greeter("Howdy", punct="?")
print(hello(), howdy("partner"))

print("type:", type(hello).__name__, "| same type as types.FunctionType:",
      type(hello) is types.FunctionType)
print("__qualname__:", hello.__qualname__)
print("__defaults__:", hello.__defaults__,
      "| make_greeter.__kwdefaults__:", make_greeter.__kwdefaults__)
print("__closure__:", len(hello.__closure__), "cells holding",
      [c.cell_contents for c in hello.__closure__])
print("__globals__ is this module's globals():", hello.__globals__ is globals())
print("two functions, one code object:", hello.__code__ is howdy.__code__,
      "| distinct functions:", hello is not howdy)
print("__type_params__:", hello.__type_params__)
print("has __annotate__:", hasattr(hello, "__annotate__"))
print("function object: __basicsize__", type(hello).__basicsize__,
      "| sys.getsizeof", sys.getsizeof(hello))
print("cell object: __basicsize__", types.CellType.__basicsize__,
      "| sys.getsizeof", sys.getsizeof(hello.__closure__[0]))
# --8<-- [end:main]
