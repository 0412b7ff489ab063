"""try / except: zero-cost exceptions and the exception table."""
import dis

# --8<-- [start:main]
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

dis.dis(safe_div)
# --8<-- [end:main]

# --8<-- [start:table]
names = {ins.opname for ins in dis.get_instructions(safe_div)}
print("any SETUP_* or POP_BLOCK left?", sorted(n for n in names
                                                 if n.startswith("SETUP") or n == "POP_BLOCK"))
for entry in dis.Bytecode(safe_div).exception_entries:
    print(entry)
print("raw co_exceptiontable:", safe_div.__code__.co_exceptiontable.hex(" "))
# --8<-- [end:table]
