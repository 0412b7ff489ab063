"""The public Symbol predicates of the symtable module, for every name of the closure."""
import symtable

SOURCE = '''
rate = 2
hits = 0

def make_counter(start):
    global hits
    hits += 1
    count = start
    label: str = "counter"
    def step():
        nonlocal count
        count += rate
        return count
    return step
'''

# --8<-- [start:main]
top = symtable.symtable(SOURCE, "shop.py", "exec")
outer = next(t for t in top.get_children() if t.get_name() == "make_counter")
inner = next(t for t in outer.get_children() if t.get_name() == "step")

CHECKS = {"is_parameter": "param", "is_local": "local", "is_global": "global",
          "is_declared_global": "decl", "is_free": "free", "is_nonlocal": "nonloc",
          "is_annotated": "annot", "is_assigned": "assign", "is_referenced": "used"}
print(f"{'':18}" + " ".join(label.rjust(6) for label in CHECKS.values()))
for table in (outer, inner):
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        marks = " ".join(("yes" if getattr(sym, c)() else ".").rjust(6) for c in CHECKS)
        print(f"{table.get_name() + '.' + sym.get_name():<18}{marks}")

print("make_counter parameters:", outer.get_parameters())
print("make_counter locals:    ", sorted(outer.get_locals()))
print("make_counter globals:   ", outer.get_globals())
print("step frees:             ", inner.get_frees())
print("step nonlocals:         ", inner.get_nonlocals())
# --8<-- [end:main]
