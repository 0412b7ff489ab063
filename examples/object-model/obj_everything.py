"""Everything a Python program touches is an object: numbers, None, functions, types, modules."""
import sys

# --8<-- [start:main]
things = {"42": 42, "None": None, "'hi'": "hi", "print": print, "int": int, "sys": sys}
for label, thing in things.items():
    print(f"{label:<6} is an object: {isinstance(thing, object)}   its type: {type(thing).__name__}")
print("type(int) is", type(int).__name__, "and type(type) is", type(type).__name__)
# --8<-- [end:main]
