"""Node positions: lines are 1-based, columns are 0-based UTF-8 byte offsets."""
import ast

# --8<-- [start:main]
source = "prix = 'café' + total\n"
tree = ast.parse(source)
for node in ast.walk(tree):
    if isinstance(node, ast.expr):
        print(f"{type(node).__name__:8} line {node.lineno}-{node.end_lineno}",
              f"cols {node.col_offset:2}-{node.end_col_offset:2}",
              repr(ast.get_source_segment(source, node)))
print("len('café') =", len("café"), " len(UTF-8 bytes) =", len("café".encode()))
# --8<-- [end:main]
