"""Exercise: a free variable can pass *through* a class scope to an enclosing function."""
import symtable
from _symtable import CELL, SCOPE_OFF, SCOPE_MASK

SOURCE = '''
def outer():
    x = "outer x"
    class Inner:
        x = "class x"
        def method(self):
            return x
    return Inner
'''

top = symtable.symtable(SOURCE, "through.py", "exec")
outer = next(t for t in top.get_children() if t.get_name() == "outer")
inner = next(t for t in outer.get_children() if t.get_name() == "Inner")
method = next(t for t in inner.get_children() if t.get_name() == "method")
def scope(table, name):
    return (table._table.symbols[name] >> SCOPE_OFF) & SCOPE_MASK

print("outer.x  cell?", scope(outer, "x") == CELL, "free in a child:",
      "x" in method.get_frees())
print("Inner.x  local?", inner.lookup("x").is_local(),
      "DEF_FREE_CLASS (64) set?", bool(inner._table.symbols["x"] & 64))
print("method.x free?", method.lookup("x").is_free())

namespace = {}
exec(compile(SOURCE, "through.py", "exec"), namespace)
print("method() returns:", namespace["outer"]()().method())
