"""A match statement compiles to MATCH_* tests and jumps."""
import dis

# --8<-- [start:main]
def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0):
            return "on the x axis"
        case _:
            return "elsewhere"

dis.dis(describe)
# --8<-- [end:main]
