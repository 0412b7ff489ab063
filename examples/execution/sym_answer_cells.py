"""Exercise: list every cell variable in a module, and compare with Function.get_cells() (3.15)."""
import symtable
from _symtable import CELL, SCOPE_OFF, SCOPE_MASK

SOURCE = '''
def make_counter(start):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    return step

def adders(items):
    return [lambda: k for k in items]

class Cart(list):
    def total(self):
        return super().__len__()
'''

def cells(table, found):
    for name, flags in table._table.symbols.items():
        if (flags >> SCOPE_OFF) & SCOPE_MASK == CELL:
            found.append(f"{table.get_name()}.{name}")
    for child in table.get_children():
        cells(child, found)
    return found

top = symtable.symtable(SOURCE, "cells.py", "exec")
print("cells found by walking:", sorted(cells(top, [])))
for table in top.get_children():
    if hasattr(table, "get_cells"):
        print(f"{table.get_name()}.get_cells():", table.get_cells())
    elif table.get_type() == "function":
        print(f"{table.get_name()}: this symtable module has no get_cells()")
