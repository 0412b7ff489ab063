"""A for loop: GET_ITER, FOR_ITER, END_FOR."""
import dis

# --8<-- [start:main]
def total(items):
    s = 0
    for item in items:
        s += item
    return s

dis.dis(total)
# --8<-- [end:main]
