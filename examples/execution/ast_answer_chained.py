"""Exercise answer: a chained comparison is one Compare node, not two."""
import ast

# --8<-- [start:main]
print(ast.dump(ast.parse("a < b < c", mode="eval").body))
print(ast.dump(ast.parse("(a < b) < c", mode="eval").body))
# --8<-- [end:main]
