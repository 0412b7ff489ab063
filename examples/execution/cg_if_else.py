"""if / elif / else becomes conditional jumps."""
import dis

# --8<-- [start:main]
def sign(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    else:
        return "zero"

dis.dis(sign)
# --8<-- [end:main]
