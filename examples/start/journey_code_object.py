"""Stage 5: bytecode travels inside a code object, with everything needed to run it."""

# --8<-- [start:main]
def cost(price, qty):
    total = price * qty
    return total

code = cost.__code__
print("co_name       ", code.co_name)
print("co_argcount   ", code.co_argcount)
print("co_varnames   ", code.co_varnames)
print("co_consts     ", code.co_consts)
print("co_stacksize  ", code.co_stacksize)
print("co_code bytes ", len(code.co_code))
print("first bytes   ", code.co_code[:8].hex(" "))
# --8<-- [end:main]
