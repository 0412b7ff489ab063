"""Exercise answer: doubled braces and the '=' specifier inside f-string tokens."""
import io
import tokenize

# --8<-- [start:main]
for source in ['f"{{a}} {b} }}"\n', 'f"{x=}"\n']:
    print(source.strip())
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type not in (tokenize.NEWLINE, tokenize.ENDMARKER):
            print(f"  {tokenize.tok_name[tok.type]:<15}{tok.string!r:<6} {tok.start}-{tok.end}")
# --8<-- [end:main]
