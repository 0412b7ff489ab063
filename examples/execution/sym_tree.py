"""The scope tree of a small module, as the symbol table pass builds it."""
import symtable
from _symtable import LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, SCOPE_OFF, SCOPE_MASK

# --8<-- [start:source]
SOURCE = '''
rate = 2
hits = 0

def make_counter(start):
    global hits
    hits += 1
    count = start
    def step():
        nonlocal count
        count += rate
        return count
    return step

class Cart(list):
    discount = 0.1
    def total(self):
        return super().__len__() * rate

squares = [n * n for n in range(3)]
'''
# --8<-- [end:source]

# --8<-- [start:tree]
SCOPE_NAMES = {LOCAL: "local", GLOBAL_EXPLICIT: "global (declared)",
               GLOBAL_IMPLICIT: "global (implicit)",
               FREE: "free", CELL: "cell"}

def scope_name(table, name):
    # the raw flags of one name; the scope sits above bit SCOPE_OFF
    flags = table._table.symbols[name]
    return SCOPE_NAMES[(flags >> SCOPE_OFF) & SCOPE_MASK]

def show(table, depth=0):
    pad = "    " * depth
    print(f"{pad}{table.get_type()} {table.get_name()!r} (line {table.get_lineno()})")
    for name in sorted(table.get_identifiers()):
        print(f"{pad}    {name:<12} {scope_name(table, name)}")
    for child in table.get_children():
        show(child, depth + 1)

show(symtable.symtable(SOURCE, "shop.py", "exec"))
# --8<-- [end:tree]
