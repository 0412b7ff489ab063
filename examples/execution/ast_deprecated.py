"""The old literal node classes: deprecated in 3.12, removed in 3.14."""
import ast
import warnings

# --8<-- [start:main]
for name in ["Num", "Str", "Bytes", "NameConstant", "Ellipsis"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cls = getattr(ast, name, None)
    if cls is None:
        print(f"ast.{name:12} missing")
    else:
        print(f"ast.{name:12} exists;", caught[0].category.__name__ if caught else "no warning")
node = ast.parse("42", mode="eval").body
print("42 parses to", type(node).__name__, "with value", node.value)
# --8<-- [end:main]
