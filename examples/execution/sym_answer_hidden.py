"""Exercise: the hidden names the symbol table invents, recorded per version."""
import symtable

SOURCE = '''
class Tree[T](Base):
    def walk(self, order: str = "pre") -> list[T]:
        return [node for node in self.nodes(order)]

def pick[V](values=(), *, key=None) -> V: ...

evens = (n for n in range(10) if n % 2 == 0)
'''

def hidden(table, depth=0):
    names = sorted(n for n in table.get_identifiers()
                   if n.startswith((".", "__")))
    if names:
        print(f"{'    ' * depth}{str(table.get_type())} {table.get_name()}: {names}")
    for child in table.get_children():
        hidden(child, depth + 1)

hidden(symtable.symtable(SOURCE, "hidden.py", "exec"))
