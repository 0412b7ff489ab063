"""Exercise: append a wider character to a latin-1 string."""


def grow(start, extra):
    s = "".join(["é"] * start)                # latin-1: kind 1, not ASCII
    trace = []
    for _ in range(5):
        before = id(s)
        s += extra
        trace.append("same" if id(s) == before else "new")
    return " ".join(trace)


grow(2, "é")                                  # warm up
print("latin-1 += 'é':", grow(2, "é"))
print("latin-1 += '€':", grow(5, "€"))
