"""Exercise answer: messages for three more mistakes, per version."""

# --8<-- [start:main]
for src in ["x = 1 if y\n", "x = 1 if y else pass\n", "f(**kwargs, *args)\n"]:
    try:
        compile(src, "<demo>", "exec")
    except SyntaxError as e:
        print(f"{src.strip():24} -> {e.msg}")
# --8<-- [end:main]
