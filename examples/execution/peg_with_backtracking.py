"""Parenthesized context managers: ordered choice decides what the parentheses mean."""
import ast

# --8<-- [start:main]
def items(src):
    node = ast.parse(src).body[0]
    out = []
    for item in node.items:
        target = ast.unparse(item.optional_vars) if item.optional_vars else None
        out.append((type(item.context_expr).__name__, ast.unparse(item.context_expr), target))
    return out

for src in [
    "with (open(a) as f, open(b) as g): pass",   # alternative 1: parenthesized items
    "with (a, b): pass",                          # alternative 1 again: two items
    "with (a, b) as c: pass",                     # alt 1 fails at 'as', backtrack: one tuple
    "with a, b: pass",                            # alternative 2, no parentheses
]:
    print(f"{src:42} -> {items(src)}")
# --8<-- [end:main]
