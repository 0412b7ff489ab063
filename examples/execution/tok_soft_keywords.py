"""Keywords and soft keywords are all NAME tokens; the parser decides what they mean."""
import io
import keyword
import tokenize

# --8<-- [start:main]
SOURCE = """\
match = {"type": 1}
match match["type"]:
    case _:
        type Alias = int
"""
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    if tok.type == tokenize.NAME:
        kind = ("keyword" if keyword.iskeyword(tok.string) else
                "soft keyword" if keyword.issoftkeyword(tok.string) else "identifier")
        print(f"{tok.start[0]}:{tok.start[1]:<3} NAME {tok.string!r:<8} {kind}")
compile(SOURCE, "<soft>", "exec")
print("compiles: the same word is a variable on line 1 and a statement on line 2")
# --8<-- [end:main]
