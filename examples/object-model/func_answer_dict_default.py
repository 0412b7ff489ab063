"""Exercise answer: a dict default shared by every call."""

# --8<-- [start:main]
def register(name, registry={}):
    registry[name] = len(registry)
    return registry

print(register("a"))
print(register("b"))
print(register("c", {}))
print(register("d"))
print("__defaults__:", register.__defaults__)
# --8<-- [end:main]
