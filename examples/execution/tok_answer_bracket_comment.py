"""Exercise answer: inside brackets, every line break is NL, even after a comment."""
import io
import tokenize

# --8<-- [start:main]
SOURCE = """\
sizes = [
    10,  # small

    20,
]
"""
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    print(f"{tok.start[0]}: {tokenize.tok_name[tok.type]:<8} {tok.string!r}")
# --8<-- [end:main]
