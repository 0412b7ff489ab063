"""The old advice: copy globals and dotted names into locals before a loop. What does the
interpreter actually run for each name, once the function is warm?"""
import dis
import math


def lengths(points):
    out = []
    for x, y in points:
        out.append(math.sqrt(x * x + y * y))
    return out


def lengths_hoisted(points):
    out = []
    append = out.append          # the old advice: hoist every dotted name
    sqrt = math.sqrt
    for x, y in points:
        append(sqrt(x * x + y * y))
    return out


POINTS = [(3.0, 4.0)] * 10

# --8<-- [start:warm]
for _ in range(3):               # warm up: every instruction runs many times
    lengths(POINTS)
    lengths_hoisted(POINTS)

for func in (lengths, lengths_hoisted):
    print(func.__name__)
    for ins in dis.get_instructions(func, adaptive=True):
        if ins.opname.startswith(("LOAD_GLOBAL", "LOAD_ATTR", "CALL", "BINARY_OP", "FOR_ITER")):
            print(f"    {ins.opname:<32} {ins.argrepr}")
# --8<-- [end:warm]
