"""Building strings: += in a loop (local and attribute), ''.join, io.StringIO, and the
formatting operators."""
import io

from harness import main_for_module, timed

TITLE = "Building strings"

PIECES = [f"piece{i:04d}," for i in range(2000)]   # 2,000 pieces of 10 characters


class Holder:
    def __init__(self):
        self.text = ""


# --8<-- [start:build]
@timed("s += piece for 2,000 pieces, s a local variable", check="build")
def plus_equal_local(loops):
    for _ in range(loops):
        s = ""
        for piece in PIECES:
            s += piece
    return s


@timed("h.text += piece for 2,000 pieces, on an attribute", check="build")
def plus_equal_attribute(loops):
    for _ in range(loops):
        h = Holder()
        for piece in PIECES:
            h.text += piece
    return h.text


@timed("''.join(pieces) of the same 2,000 pieces", check="build")
def join(loops):
    for _ in range(loops):
        s = "".join(PIECES)
    return s
# --8<-- [end:build]


@timed("io.StringIO: write 2,000 pieces, then getvalue()", check="build")
def string_io(loops):
    for _ in range(loops):
        buf = io.StringIO()
        for piece in PIECES:
            buf.write(piece)
        s = buf.getvalue()
    return s


@timed("append 2,000 pieces to a list, then ''.join", check="build")
def list_then_join(loops):
    for _ in range(loops):
        parts = []
        for piece in PIECES:
            parts.append(piece)
        s = "".join(parts)
    return s


# --8<-- [start:format]
@timed("f'{name}={value}; ' with a str and an int", check="format")
def f_string(loops):
    name, value = "width", 42
    for _ in range(loops):
        s = f"{name}={value}; "
    return s


@timed("'%s=%d; ' % (name, value)", check="format")
def percent(loops):
    name, value = "width", 42
    for _ in range(loops):
        s = "%s=%d; " % (name, value)
    return s


@timed("'{}={}; '.format(name, value)", check="format")
def format_method(loops):
    name, value = "width", 42
    for _ in range(loops):
        s = "{}={}; ".format(name, value)
    return s


@timed("name + '=' + str(value) + '; '", check="format")
def concatenation(loops):
    name, value = "width", 42
    for _ in range(loops):
        s = name + "=" + str(value) + "; "
    return s
# --8<-- [end:format]


if __name__ == "__main__":
    main_for_module(__file__)
