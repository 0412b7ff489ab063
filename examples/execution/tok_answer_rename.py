"""Exercise answer: rename a variable through the token stream, leaving strings and comments alone."""
import io
import tokenize

# --8<-- [start:main]
SOURCE = '''\
total = 0  # the total so far
for n in nums:
    total += n
print(f"total={total}", "total")
'''

def rename(source, old, new):
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.NAME and tok.string == old:
            tok = tok._replace(string=new)
        out.append(tok)
    return tokenize.untokenize(out)

print(rename(SOURCE, "total", "running"), end="")
# --8<-- [end:main]
