"""Stage 4: the compiler turns the tree into bytecode. dis shows it."""
import dis

# --8<-- [start:main]
def cost(price, qty):
    total = price * qty
    return total

dis.dis(cost)
# --8<-- [end:main]
