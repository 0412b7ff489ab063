"""Walk the frame chain: each caller is paused at its CALL instruction."""
import dis
import sys

# --8<-- [start:main]
def instruction_at(frame):
    """The instruction whose code units (with its caches) cover f_lasti."""
    found = None
    for ins in dis.get_instructions(frame.f_code):
        if ins.offset <= frame.f_lasti:
            found = ins
    exact = "exactly" if found.offset == frame.f_lasti else "in caches of"
    return f"{exact} {found.opname}"

def inner():
    frame = sys._getframe()
    while frame is not None:
        code = frame.f_code
        print(f"{code.co_name:9} f_lasti={frame.f_lasti:3}  "
              f"{instruction_at(frame):22} line {frame.f_lineno}")
        frame = frame.f_back

def middle():
    inner()

def outer():
    middle()

outer()
# --8<-- [end:main]
