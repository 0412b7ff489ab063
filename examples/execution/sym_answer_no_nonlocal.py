"""Exercise: remove nonlocal from the closure and watch the classification change."""
import symtable
from _symtable import CELL, SCOPE_OFF, SCOPE_MASK

WITH = '''
def make_counter(start):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    return step
'''
WITHOUT = WITH.replace("        nonlocal count\n", "")

for label, source in (("with nonlocal", WITH), ("without nonlocal", WITHOUT)):
    top = symtable.symtable(source, "counter.py", "exec")
    outer = top.get_children()[-1]
    step = next(t for t in outer.get_children() if t.get_name() == "step")
    print(f"{label}: step.count free={step.lookup('count').is_free()}"
          f" local={step.lookup('count').is_local()};"
          f" step.get_frees()={[n for n in step.get_frees()]}")
    flags = outer._table.symbols["count"]
    print(f"    make_counter.count is a cell: {(flags >> SCOPE_OFF) & SCOPE_MASK == CELL}")
    namespace = {}
    exec(compile(source, "counter.py", "exec"), namespace)
    try:
        print("    step() ->", namespace["make_counter"](10)())
    except UnboundLocalError as exc:
        print("    step() -> UnboundLocalError:", exc)
