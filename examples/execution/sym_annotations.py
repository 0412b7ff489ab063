"""Annotation scopes: from 3.14 annotations are compiled into __annotate__ scopes."""
import symtable

SOURCE = '''
limit: int = 10

def scale(value: float, factor: Factor = 2) -> float:
    result: float = value * factor
    return result

class Point:
    x: float
    y: float
'''

def show(table, depth=0):
    if depth:
        names = sorted(table.get_identifiers())
        print(f"{'    ' * (depth - 1)}{str(table.get_type()):<11} {table.get_name():<13} {names}")
    for child in table.get_children():
        show(child, depth + 1)

# --8<-- [start:main]
print("module names:", sorted(symtable.symtable(SOURCE, "m.py", "exec").get_identifiers()))
show(symtable.symtable(SOURCE, "m.py", "exec"))
print("--- with from __future__ import annotations ---")
show(symtable.symtable("from __future__ import annotations\n" + SOURCE, "m.py", "exec"))
print("--- which block gets __conditional_annotations__? ---")
for label, source in (("module, x: int", "x: int\n"),
                      ("class, x: int", "class C:\n    x: int\n"),
                      ("class, x: int inside if", "class C:\n    if True:\n        x: int\n")):
    top = symtable.symtable(source, "m.py", "exec")
    block = top.get_children()[-1] if label.startswith("class") else top
    print(f"{label:<24}", "__conditional_annotations__" in block.get_identifiers())
# --8<-- [end:main]
