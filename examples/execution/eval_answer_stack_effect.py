"""Exercise answer: stack effects and co_stacksize of a*b + c."""
import dis

# --8<-- [start:main]
def f(a, b, c):
    return a * b + c

print("co_stacksize:", f.__code__.co_stacksize)
depth = 0
for ins in dis.get_instructions(f):
    arg = ins.arg if ins.opcode >= dis.HAVE_ARGUMENT else None
    depth += dis.stack_effect(ins.opcode, arg)
    print(f"{ins.opname:32} depth after: {depth}")
# --8<-- [end:main]
