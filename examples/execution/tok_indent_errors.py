"""Indentation errors: which exception, which message, and which position."""
# --8<-- [start:main]
CASES = {
    "tab, then 8 spaces": "if x:\n\ty = 1\n        z = 2\n",
    "dedent to a new column": "if x:\n    y = 1\n  z = 2\n",
    "indent from nowhere": "x = 1\n    y = 2\n",
    "missing block": "if x:\ny = 1\n",
    "100 nested blocks": "".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n",
}
for label, source in CASES.items():
    try:
        compile(source, "<case>", "exec")
    except SyntaxError as err:
        print(f"{label}:")
        print(f"  {type(err).__name__}: {err.msg}")
        print(f"  lineno={err.lineno} offset={err.offset} text={err.text.strip()[:24]!r}")
# --8<-- [end:main]

# --8<-- [start:tokenizer]
import io
import tokenize

for label in ("indent from nowhere", "missing block"):
    kinds = [tokenize.tok_name[t.type] for t in
             tokenize.generate_tokens(io.StringIO(CASES[label]).readline)]
    print(f"{label}: tokenize is content:", " ".join(kinds))
# --8<-- [end:tokenizer]
