"""Exercise: a comprehension in a class body sees the class only in its first iterable."""
import symtable

SOURCE = '''
class Grid:
    size = 3
    cells = [i for i in range(size)]
    try:
        doubled = [size * 2 for i in range(3)]
    except NameError as exc:
        error = str(exc)
'''

namespace = {}
exec(compile(SOURCE, "grid.py", "exec"), namespace)
Grid = namespace["Grid"]
print("cells:", Grid.cells)
print("doubled raised:", Grid.error)

top = symtable.symtable(SOURCE, "grid.py", "exec")
grid = top.get_children()[0]
print("Grid children:", [c.get_name() for c in grid.get_children()])
print("Grid.size local?", grid.lookup("size").is_local())
print("Grid.i    local?", grid.lookup("i").is_local())
print("'i' in Grid.__dict__:", "i" in Grid.__dict__)
