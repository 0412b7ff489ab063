"""The stack depth after each instruction of a + b * c, from dis.stack_effect."""
import dis

# --8<-- [start:main]
def f(a, b, c):
    return a + b * c

depth = 0
for ins in dis.get_instructions(f):
    if ins.opname == "CACHE":
        continue
    effect = dis.stack_effect(ins.opcode, ins.arg)
    depth += effect
    print(f"{ins.opname:<34} {ins.argrepr:<7} effect {effect:+d}  depth {depth}")
print("co_stacksize:", f.__code__.co_stacksize)
# --8<-- [end:main]
