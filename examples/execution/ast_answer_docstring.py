"""Exercise answer: a folded string must not become a docstring."""
import ast

# --8<-- [start:main]
source = 'def f():\n    "a" * 3\n'
namespace = {}
exec(compile(source, "<doc>", "exec"), namespace)
print("f.__doc__ =", repr(namespace["f"].__doc__))
try:
    body = ast.parse(source, optimize=1).body[0].body[0].value
    print("optimized AST:", ast.dump(body))
except TypeError:
    print("optimized AST: not available on this version")
# --8<-- [end:main]
