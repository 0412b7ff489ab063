"""Exercise answer: the tokenizer's fixed limits on indentation and bracket nesting."""
# --8<-- [start:main]
def nested_blocks(n):
    return "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n"

def nested_parens(n):
    return "x = " + "(" * n + "1" + ")" * n + "\n"

for label, make, sizes in [("blocks", nested_blocks, (99, 100)),
                           ("brackets", nested_parens, (200, 201))]:
    for n in sizes:
        try:
            compile(make(n), "<deep>", "exec")
            print(f"{n} nested {label}: ok")
        except SyntaxError as err:
            print(f"{n} nested {label}: {type(err).__name__}: {err.msg}")
# --8<-- [end:main]
