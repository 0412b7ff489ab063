"""The raw flags the symbol table keeps for each name, decoded by hand."""
import symtable

SOURCE = '''
rate = 2
def make_counter(start):
    count = start
    def step():
        nonlocal count
        count += rate
        return count
    return step
'''

# --8<-- [start:main]
# The DEF_* bits of Include/internal/pycore_symtable.h (3.12 to 3.15).
FLAGS = {1: "DEF_GLOBAL", 2: "DEF_LOCAL", 4: "DEF_PARAM", 8: "DEF_NONLOCAL",
         16: "USE", 64: "DEF_FREE_CLASS", 128: "DEF_IMPORT", 256: "DEF_ANNOT",
         512: "DEF_COMP_ITER", 1024: "DEF_TYPE_PARAM", 2048: "DEF_COMP_CELL"}
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
SCOPE_OFFSET = 12

top = symtable.symtable(SOURCE, "counter.py", "exec")
outer = next(t for t in top.get_children() if t.get_name() == "make_counter")
inner = next(t for t in outer.get_children() if t.get_name() == "step")
for table in (outer, inner):
    for name, value in sorted(table._table.symbols.items()):
        bits = "|".join(n for bit, n in FLAGS.items() if value & bit)
        scope = SCOPES[(value >> SCOPE_OFFSET) & 0xF]
        print(f"{table.get_name() + '.' + name:<18} {value:>6} = {scope} << 12 | {bits}")
print("repr of one Symbol:", repr(outer.lookup("count")))
# --8<-- [end:main]
