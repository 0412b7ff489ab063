"""Stage 1: the tokenizer turns the text of shop.py into tokens."""
import io
import tokenize

# --8<-- [start:main]
source = open("shop.py", encoding="utf-8").read()
for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    if tok.type == tokenize.COMMENT:
        continue
    print(f"{tok.start[0]}:{tok.start[1]:<3} {tokenize.tok_name[tok.type]:<10} {tok.string!r}")
# --8<-- [end:main]
