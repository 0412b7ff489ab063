"""PEP 695 scopes: type parameters, type variables and type aliases."""
import symtable

SOURCE = '''
def first[T](items: list[T]) -> T:
    return items[0]

class Box[T]:
    def get(self) -> T: ...

def clamp[N: (int, float)](value: N) -> N:
    return value

type Pair[K] = tuple[K, K]
'''

# --8<-- [start:main]
def show(table, depth=0):
    if depth:
        names = sorted(table.get_identifiers())
        print(f"{'    ' * (depth - 1)}{str(table.get_type()):<16} {table.get_name():<8} {names}")
    for child in table.get_children():
        show(child, depth + 1)

show(symtable.symtable(SOURCE, "generics.py", "exec"))
# --8<-- [end:main]
