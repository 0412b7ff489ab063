"""Exercise answer: the tokenizer measures each indentation twice, with tabs of 8 and of 1."""
# --8<-- [start:main]
def columns(indent):
    col = altcol = 0
    for ch in indent:
        if ch == " ":
            col, altcol = col + 1, altcol + 1
        else:                                    # a tab
            col = (col // 8 + 1) * 8             # TABSIZE 8
            altcol = (altcol // 1 + 1) * 1       # ALTTABSIZE 1
    return col, altcol

for indent in ["\t", " " * 8, "    \t", "\t\t", " " * 16]:
    print(f"{indent!r:<14} col={columns(indent)[0]:<3} altcol={columns(indent)[1]}")

for first, second in [("\t", " " * 8), ("\t", "\t"), ("    \t", "\t")]:
    source = f"if x:\n{first}a = 1\n{second}b = 2\n"
    try:
        compile(source, "<tabs>", "exec")
        verdict = "compiles"
    except SyntaxError as err:
        verdict = f"{type(err).__name__}"
    print(f"{first!r} then {second!r}: {verdict}")
# --8<-- [end:main]
