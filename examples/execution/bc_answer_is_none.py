"""Answer: what `is None` and `not in` compile to."""
import dis

# --8<-- [start:main]
def check(x, y):
    if x is None:
        return 1
    return x not in y

dis.dis(check)
# --8<-- [end:main]
