"""Three ways to print the same tree with ast.dump."""
import ast

# --8<-- [start:main]
tree = ast.parse("print(x)")
print(ast.dump(tree))
print(ast.dump(tree.body[0].value, include_attributes=True))
print(ast.dump(tree, indent=2))
try:
    print(ast.dump(tree, show_empty=True))
except TypeError as exc:
    print("show_empty:", exc)
# --8<-- [end:main]
