"""Exercise answer: the parser does not fold -1; only an optimiser does."""
import ast

# --8<-- [start:main]
print(ast.dump(ast.parse("x = -1").body[0].value))
print(ast.literal_eval("-1"), type(ast.parse("-1", mode="eval").body).__name__)
# --8<-- [end:main]
