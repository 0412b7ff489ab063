"""Exercise answer: a name the function reads but never assigns is looked up as a global."""
import dis

# --8<-- [start:main]
rate = 2

def cost(price, qty):
    return price * qty * rate

for instruction in dis.get_instructions(cost):
    names = instruction.argval if isinstance(instruction.argval, tuple) else (instruction.argval,)
    if {"price", "qty", "rate"} & set(names):
        print(f"{instruction.opname:<34} {', '.join(names)}")
# --8<-- [end:main]
