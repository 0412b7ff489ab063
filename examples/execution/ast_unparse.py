"""ast.unparse writes source back from a tree, but not the source you wrote."""
import ast

# --8<-- [start:main]
source = '''x = ( a+b ) * c   # the total
y = 'single' if x else "double"
z = 0x1F, 1_000, (1)
'''
print(ast.unparse(ast.parse(source)))
again = ast.unparse(ast.parse(ast.unparse(ast.parse(source))))
print("stable after one round trip:", again == ast.unparse(ast.parse(source)))
# --8<-- [end:main]
