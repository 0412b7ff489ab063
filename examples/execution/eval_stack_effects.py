"""Stack effects: what each instruction pops and pushes, and the stack size the compiler reserves."""
import dis

# --8<-- [start:main]
def add(a, b):
    return a + b

for ins in dis.get_instructions(add):
    if ins.opcode < dis.HAVE_ARGUMENT:
        effect = dis.stack_effect(ins.opcode)
    else:
        effect = dis.stack_effect(ins.opcode, ins.arg or 0)
    print(f"{ins.opname:32} arg={ins.arg!s:5} net stack effect {effect:+d}")
print("co_stacksize:", add.__code__.co_stacksize,
      "| locals:", add.__code__.co_nlocals)
# --8<-- [end:main]
