"""How many bytes each instruction of cost() occupies, inline caches included."""
import dis

# --8<-- [start:main]
def cost(price, qty):
    total = price * qty
    return total

instructions = [i for i in dis.get_instructions(cost) if i.opname != "CACHE"]
ends = [i.offset for i in instructions[1:]] + [len(cost.__code__.co_code)]
for instruction, end in zip(instructions, ends):
    size = end - instruction.offset
    print(f"{instruction.opname:<34} {size:>2} bytes = 2 + {size - 2:>2} of inline cache")
# --8<-- [end:main]
