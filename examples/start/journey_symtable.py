"""Stage 3: the symbol table decides, for every name, where it lives."""
import symtable

# --8<-- [start:main]
source = """
rate = 2

def cost(price, qty):
    total = price * qty * rate
    return total
"""
module = symtable.symtable(source, "cost.py", "exec")
print("module scope:", sorted(module.get_identifiers()))
print("child scopes:", [child.get_name() for child in module.get_children()])
function = next(c for c in module.get_children() if c.get_name() == "cost")
print("function", function.get_name(), "scope:")
for symbol in sorted(function.get_symbols(), key=lambda s: s.get_name()):
    kind = ("parameter" if symbol.is_parameter() else
            "local" if symbol.is_local() else
            "global" if symbol.is_global() else "free")
    print(f"  {symbol.get_name():<6} {kind}")
# --8<-- [end:main]
