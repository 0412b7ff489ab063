"""Exercise answer: operands on different lines are not fused."""
import dis

# --8<-- [start:main]
def add_split(a, b):
    return (a
            +
            b)

print([ins.opname for ins in dis.get_instructions(add_split) if "FAST" in ins.opname])
# --8<-- [end:main]
