"""Which forms of string building get the in-place += instruction."""
import dis
import types


class Holder:
    def __init__(self):
        self.text = ""


def local_plus_equal(pieces):
    s = ""
    for p in pieces:
        s += p
    return s


def local_rebind(pieces):
    s = ""
    for p in pieces:
        s = s + p
    return s


def prepend(pieces):
    s = ""
    for p in pieces:
        s = p + s
    return s


def attribute(pieces):
    h = Holder()
    for p in pieces:
        h.text += p
    return h.text


GLOBAL_TEXT = ""


def global_plus_equal(pieces):
    global GLOBAL_TEXT
    GLOBAL_TEXT = ""
    for p in pieces:
        GLOBAL_TEXT += p
    return GLOBAL_TEXT


# --8<-- [start:forms]
PIECES = ["ab", "cd", "ef"] * 10
for func in (local_plus_equal, local_rebind, prepend, attribute, global_plus_equal):
    func(PIECES)
    op = next(ins.opname for ins in dis.get_instructions(func, adaptive=True)
              if ins.opname.startswith("BINARY_OP"))
    print(f"{func.__name__:<18} {op}")
# --8<-- [end:forms]
