"""Stage 2: the parser builds an abstract syntax tree from the tokens."""
import ast

# --8<-- [start:main]
source = "total = price * qty"
tree = ast.parse(source)
print(ast.dump(tree, indent=2))
# --8<-- [end:main]
