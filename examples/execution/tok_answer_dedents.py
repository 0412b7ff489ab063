"""Exercise answer: the DEDENT tokens at the end of a file close every open block at once."""
import io
import tokenize

# --8<-- [start:main]
SOURCE = """\
def first(items):
    for x in items:
        if x:
            return x
"""
tail = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))[-5:]
for tok in tail:
    print(f"{tokenize.tok_name[tok.type]:<10} at {tok.start}")
# --8<-- [end:main]
