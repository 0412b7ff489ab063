"""Exercise: s = s + t can be extended in place; s = t + s cannot."""


def build(direction):
    s = "".join(["x"] * 8)
    trace = []
    for _ in range(5):
        before = id(s)
        if direction == "append":
            s = s + "y"
        else:
            s = "y" + s
        trace.append("same" if id(s) == before else "new")
    return " ".join(trace)


build("append")                               # warm up
build("prepend")
print("s = s + 'y':", build("append"))
print("s = 'y' + s:", build("prepend"))
