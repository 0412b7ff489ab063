"""f-strings are split into tokens since 3.12; t-strings (PEP 750) get their own from 3.14."""
import io
import tokenize

def show(source):
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type not in (tokenize.NEWLINE, tokenize.ENDMARKER):
                print(f"  {tokenize.tok_name[tok.type]:<15}{tok.string!r}")
    except tokenize.TokenError as err:
        print("  TokenError:", err)

# --8<-- [start:fstring]
print('f"Hi {user["name"]!r:>{width}}"')
show('f"Hi {user["name"]!r:>{width}}"\n')
# --8<-- [end:fstring]

# --8<-- [start:tstring]
print('t"Hi {user}"')
show('t"Hi {user}"\n')
try:
    compile('t"Hi {user}"\n', "<t-string>", "eval")
    print("compile(): accepted, a t-string")
except SyntaxError as err:
    print(f"compile(): SyntaxError: {err.msg} (offset {err.offset}-{err.end_offset})")
# --8<-- [end:tstring]
