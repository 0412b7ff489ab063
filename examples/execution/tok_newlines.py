"""NEWLINE ends a logical line; NL is a line break that ends nothing."""
import io
import tokenize

def show(source):
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT):
            print(f"  line {tok.start[0]}: {tokenize.tok_name[tok.type]:<8} {tok.string!r}")

# --8<-- [start:main]
print("a comment line, a blank line, then code:")
show("# setup\n\nx = 1\n")

print("a bracket left open across lines (implicit joining):")
show("items = [1,\n         2]\n")

print("a backslash joins lines without any token at all:")
show("total = 1 + \\\n        2\n")

print("a comment after code, and a final line without '\\n':")
show("y = 2  # two\nz = 3")
# --8<-- [end:main]
