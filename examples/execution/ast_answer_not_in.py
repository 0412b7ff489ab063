"""Exercise answer: where `not (a in b)` becomes `a not in b`."""
import ast
import dis

# --8<-- [start:main]
src = "not (a in b)"
try:
    print("AST (optimize=1):", ast.dump(ast.parse(src, mode="eval", optimize=1).body))
except TypeError:
    print("AST (optimize=1): not available on this version")
print("bytecode:", [f"{i.opname} {i.argrepr or i.argval}" for i in
                    dis.get_instructions(compile(src, "<not>", "eval"))
                    if i.opname not in ("RESUME", "RETURN_VALUE", "CACHE")])
# --8<-- [end:main]
