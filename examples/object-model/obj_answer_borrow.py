"""Exercise answer: how the argument reaches sys.getrefcount inside a function."""
import dis
import sys

# --8<-- [start:main]
def inside_a_function():
    local = object()
    return sys.getrefcount(local)

for instruction in dis.get_instructions(inside_a_function):
    if instruction.argval == "local":
        print(f"{instruction.opname:<18} local")
print("sys.getrefcount(local) =", inside_a_function())
# --8<-- [end:main]
