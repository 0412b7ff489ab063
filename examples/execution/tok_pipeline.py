"""Two views of one token stream: what tokenize shows, and what the parser receives."""
import io
import token
import tokenize
import _tokenize   # private: the C tokenizer's iterator that tokenize itself wraps

# --8<-- [start:main]
SOURCE = """\
if ready:  # a comment
    total = (price,
             qty)
"""

def names(types):
    return " ".join(types)

# 1. The tokenize module: every token, including the ones the parser never sees.
public = [tokenize.tok_name[t.type] for t in
          tokenize.generate_tokens(io.StringIO(SOURCE).readline)]

# 2. The same C tokenizer in parser mode (extra_tokens=False): what the PEG parser gets.
parser_view = [token.tok_name[t[0]] for t in
               _tokenize.TokenizerIter(io.StringIO(SOURCE).readline, extra_tokens=False)]

print("tokenize:", len(public), "tokens")
print(" ", names(public))
print("parser:  ", len(parser_view), "tokens")
print(" ", names(parser_view))
print("only in tokenize:", sorted(set(public) - set(parser_view)))
# --8<-- [end:main]
