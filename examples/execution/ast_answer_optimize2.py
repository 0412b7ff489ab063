"""Exercise answer: what optimize=2 does to a docstring in the tree."""
import ast

# --8<-- [start:main]
source = 'def f():\n    "Only a docstring."\n'
for level in (0, 1, 2):
    try:
        tree = ast.parse(source, optimize=level)
    except TypeError:
        print("ast.parse has no optimize parameter")
        break
    print(f"optimize={level}:", ast.dump(tree.body[0].body[0]))
# --8<-- [end:main]
