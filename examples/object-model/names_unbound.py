"""UnboundLocalError and NameError: decided at compile time, raised at run time."""
import dis

# --8<-- [start:main]
counter = 0

def read_only():
    return counter            # never assigned here: a global

def increment():
    counter += 1              # assigned here, so counter is local everywhere in the function
    return counter

def typo():
    return Counter            # noqa: F821  names are case-sensitive: no such name

for func in (read_only, increment, typo):
    try:
        print(f"{func.__name__}() ->", func())
    except NameError as exc:
        print(f"{func.__name__}() raised {type(exc).__name__}: {exc}")

print("UnboundLocalError is a NameError:", issubclass(UnboundLocalError, NameError))
print("increment's locals:", increment.__code__.co_varnames)
for func in (read_only, increment):
    loads = [f"{i.opname} {i.argrepr}" for i in dis.get_instructions(func)
             if i.opname.startswith("LOAD_") and i.argrepr == "counter"]
    print(f"{func.__name__} loads counter with:", loads)
# --8<-- [end:main]
