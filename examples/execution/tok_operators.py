"""Operators are OP tokens with an exact_type; the tokenizer takes the longest match."""
import io
import tokenize

# --8<-- [start:main]
SOURCE = "x **= y // -z; f(*a) -> ...; v := w != u <<= 2\n"
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    if tok.type == tokenize.OP:
        print(f"{tok.string:<4} OP  exact_type={tokenize.tok_name[tok.exact_type]}")
# --8<-- [end:main]
