"""Where names live: the module dict, a function's fast locals, a class namespace."""
import sys

# --8<-- [start:module]
greeting = "hello"
this_module = sys.modules[__name__]
print("globals() is the module's __dict__:", globals() is this_module.__dict__)
print("'greeting' in globals():", "greeting" in globals())
globals()["made_by_dict"] = 42          # writing the dict creates a global name
print("made_by_dict =", made_by_dict)   # noqa: F821
# --8<-- [end:module]

# --8<-- [start:function]
def area(width, height):
    result = width * height
    return result

code = area.__code__
print("local names, fixed at compile time:", code.co_varnames)
print("number of locals:", code.co_nlocals)
print("names looked up elsewhere:", code.co_names)
# --8<-- [end:function]

# --8<-- [start:class]
class Circle:
    pi = 3.14159
    def area(self, r):
        return self.pi * r * r      # pi alone would not be found here

print("class namespace type:", type(Circle.__dict__).__name__)
print("names in the class body:", [k for k in Circle.__dict__ if not k.startswith("__")])
print("dunder names added:", sorted(k for k in Circle.__dict__ if k.startswith("__")))
# --8<-- [end:class]
