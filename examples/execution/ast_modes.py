"""The four modes of ast.parse, and type comments."""
import ast

# --8<-- [start:main]
for mode, src in [("exec", "x = 1\ny = 2"), ("eval", "x + 1"),
                  ("single", "x + 1"), ("func_type", "(int, str) -> bool")]:
    print(f"{mode:9}", ast.dump(ast.parse(src, mode=mode)))

try:
    ast.parse("x = 1", mode="eval")
except SyntaxError as exc:
    print("eval of a statement:", exc.msg)

src = "n = []  # type: list[int]\n"
print(ast.dump(ast.parse(src).body[0]))
print(ast.dump(ast.parse(src, type_comments=True).body[0]))
# --8<-- [end:main]
