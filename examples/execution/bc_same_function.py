"""One small function with a loop and a branch, disassembled with the default options."""
import dis

# --8<-- [start:main]
def total(xs):
    s = 0
    for x in xs:
        if x > 0:
            s += x
    return s

dis.dis(total)
# --8<-- [end:main]
