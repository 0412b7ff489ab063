"""Exercise answer: the tokens of one line with an f-string (PEP 701 tokenizes f-strings since 3.12)."""
import io
import tokenize

# --8<-- [start:main]
line = 'label = f"{qty} items"\n'
for tok in tokenize.generate_tokens(io.StringIO(line).readline):
    print(f"{tokenize.tok_name[tok.type]:<14} {tok.string!r}")
# --8<-- [end:main]
