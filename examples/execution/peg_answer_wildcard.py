"""Exercise answer: '_' is a wildcard inside a case pattern and a name elsewhere."""
import ast

# --8<-- [start:main]
def describe(value):
    match value:
        case 0:
            return "zero"
        case _:
            return "something else"

_ = "an ordinary variable"
print(describe(5), "|", _)

tree = ast.parse("match v:\n    case _: pass\n    case other: pass")
for case in tree.body[0].cases:
    print(type(case.pattern).__name__, "name =", case.pattern.name)
# --8<-- [end:main]
