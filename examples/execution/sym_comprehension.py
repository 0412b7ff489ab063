"""PEP 709: an inlined comprehension leaves no table of its own behind."""
import symtable

SOURCE = '''
def report(items):
    squares = [n * n for n in items]
    lookup = {k: v for k, v in items}
    total = sum(n for n in items)
    adders = [lambda: k for k in items]
    return squares, lookup, total, adders
'''

# --8<-- [start:main]
top = symtable.symtable(SOURCE, "report.py", "exec")
report = next(t for t in top.get_children() if t.get_name() == "report")
print("children of report:",
      [(c.get_type(), c.get_name()) for c in report.get_children()])
for name in ("n", "k", "v"):
    sym = report.lookup(name)
    print(f"report.{name}: local={sym.is_local()}, assigned={sym.is_assigned()}")
print("report locals:", sorted(report.get_locals()))
genexp = next(c for c in report.get_children() if "genexpr" in c.get_name())
print("generator expression table:", genexp.get_name(),
      "parameters", genexp.get_parameters())

namespace = {}
exec(compile(SOURCE, "report.py", "exec"), namespace)
code = namespace["report"].__code__
print("report co_varnames:", code.co_varnames)
print("report co_cellvars:", code.co_cellvars)
print("nested code objects:",
      [c.co_name for c in code.co_consts if hasattr(c, "co_code")])
# --8<-- [end:main]
