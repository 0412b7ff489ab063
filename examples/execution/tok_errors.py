"""Tokenizer errors: compile() raises SyntaxError with a position; tokenize is more lenient."""
import io
import tokenize
import warnings

# --8<-- [start:main]
CASES = ['s = "abc\n', 'x = (1,\n', 'x = 0x\n', 'price = 5€\n',
         'x = 012\n', 'x = a $ b\n', 'x = 1 + \\ \n2\n']
for source in CASES:
    print(repr(source))
    try:
        compile(source, "<case>", "exec")
    except SyntaxError as err:
        print(f"  compile : {err.msg} at line {err.lineno}, col {err.offset}-{err.end_offset}")
    try:
        kinds = [tokenize.tok_name[t.type] for t in
                 tokenize.generate_tokens(io.StringIO(source).readline)]
        print("  tokenize:", " ".join(k for k in kinds if k not in ("NEWLINE", "ENDMARKER")))
    except (tokenize.TokenError, SyntaxError) as err:
        print(f"  tokenize: {type(err).__name__}: {err.args[0]}")
# --8<-- [end:main]

# --8<-- [start:warning]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    code = compile("x = 1if True else 2\n", "<warn>", "exec")
for w in caught:
    print(f"{w.category.__name__}: {w.message} (line {w.lineno})")
# --8<-- [end:warning]
