"""Exercise answer: `a or b` jumps when a is true."""
import dis

# --8<-- [start:main]
def either(a, b):
    return a or b

print([ins.opname for ins in dis.get_instructions(either)])
# --8<-- [end:main]
