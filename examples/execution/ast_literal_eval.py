"""ast.literal_eval accepts literals and containers of literals, nothing else."""
import ast

# --8<-- [start:main]
for text in ["{'a': [1, 2.5, None], 'b': (True, b'x')}", "-3 + 4j", "set()",
             "{1, 2}", "2 ** 8", "len('abc')", "__import__('os')"]:
    try:
        print(f"{text:40} -> {ast.literal_eval(text)!r}")
    except (ValueError, TypeError, SyntaxError) as exc:
        print(f"{text:40} -> {type(exc).__name__}:\n{'':6}{exc}")
# --8<-- [end:main]
