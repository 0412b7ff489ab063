"""What gets folded, and where: ast.parse(optimize=1) against compile()."""
import ast
import dis

# --8<-- [start:main]
for src in ['1 + 2', '"a" * 3', '-5', '(1, 2, 3)', '__debug__', 'x in [1, 2]',
            "'%s-%r' % (a, b)"]:
    try:
        tree = ast.parse(src, mode="eval", optimize=1)
        shown = ast.dump(tree.body)
    except TypeError:
        shown = "(ast.parse has no optimize parameter)"
    code = compile(src, "<folding>", "eval")
    ops = [f"{i.opname} {i.argrepr or (i.argval if i.arg is not None else '')}".strip() for i in dis.get_instructions(code)
           if i.opname not in ("RESUME", "RETURN_VALUE", "CACHE")]
    print(f"{src:11} AST: {shown}")
    print(f"{'':11} code: {ops}")
# --8<-- [end:main]
