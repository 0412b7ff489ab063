"""and / or: short-circuit evaluation with COPY and conditional jumps."""
import dis

# --8<-- [start:main]
def pick(a, b):
    return a and b

dis.dis(pick)
# --8<-- [end:main]
