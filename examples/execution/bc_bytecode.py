"""dis.Bytecode: an object you can iterate, print, and ask for code information."""
import dis

# --8<-- [start:main]
def clamp(x):
    if x > 9:
        return 9
    return x

bc = dis.Bytecode(clamp)
print(type(bc).__name__, bc.codeobj.co_name, bc.first_line)
names = [ins.opname for ins in bc]
print(len(names), "instructions:", names)
print(bc.dis().splitlines()[0])
info = bc.info().splitlines()
print([line for line in info if line.startswith(("Name", "Argument count", "Stack size"))])
# --8<-- [end:main]
