"""One read of x, three instructions: the compiler needs the whole scope first."""
import dis

x = "global x"

# --8<-- [start:main]
def reads_only():
    return x            # x is never assigned here

def assigns_later():
    value = x           # the same read ...
    x = "local x"       # ... but x is assigned further down
    return value

def encloses():
    x = "enclosing x"
    def inner():
        return x        # the same read, in a nested function
    return inner

def loads_of_x(func):
    return [(i.opname, i.argval) for i in dis.get_instructions(func)
            if i.argval == "x" and "STORE" not in i.opname]

print("reads_only:   ", loads_of_x(reads_only))
print("assigns_later:", loads_of_x(assigns_later))
print("inner:        ", loads_of_x(encloses()))
try:
    assigns_later()
except UnboundLocalError as exc:
    print("assigns_later() ->", type(exc).__name__ + ":", exc)
# --8<-- [end:main]
