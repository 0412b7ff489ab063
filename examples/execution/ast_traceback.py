"""How the end positions stored in the AST reach a traceback's carets."""
import ast
import dis
import linecache
import traceback

# --8<-- [start:main]
source = "def ratio(d):\n    return d['total'] / d['count']\n"
binop = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.BinOp))
print("BinOp node:      ", (binop.lineno, binop.end_lineno,
                            binop.col_offset, binop.end_col_offset))

linecache.cache["shop.py"] = (len(source), None, source.splitlines(True), "shop.py")
namespace = {}
exec(compile(source, "shop.py", "exec"), namespace)
ratio = namespace["ratio"]
op = next(i for i in dis.get_instructions(ratio) if i.opname == "BINARY_OP" and i.argrepr == "/")
print("BINARY_OP instr: ", tuple(op.positions))
try:
    ratio({"total": 10, "count": 0})
except ZeroDivisionError as exc:
    frames = traceback.extract_tb(exc.__traceback__)[-1:]
    print("".join(traceback.format_list(frames)), end="")
    print(type(exc).__name__ + ":", exc)
# --8<-- [end:main]
