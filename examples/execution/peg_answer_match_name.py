"""Exercise answer: is 'match' a statement or a name here?"""
import ast

# --8<-- [start:main]
snippets = [
    "match = {'a': 1}",
    "match['a']",
    "match['a']: int",
    "match [a, b]:\n    case [x, y]: pass",
    "match -x:\n    case 1: pass",
    "print(match, case, type, _)",
]
for src in snippets:
    try:
        node = ast.parse(src).body[0]
        kind = type(node).__name__
        if isinstance(node, ast.Expr):
            kind += f"({type(node.value).__name__})"
    except SyntaxError as e:
        kind = f"SyntaxError: {e.msg}"
    print(f"{src.splitlines()[0]:30} -> {kind}")
# --8<-- [end:main]
