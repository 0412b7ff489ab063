"""Sequence repetition with odd counts."""
for expr in ['"ab" * 2', '2 * "ab"', '[0] * -1', '"x" * True', '(1, 2) * 0 == ()',
             '"ab" * 2.0']:
    try:
        print(f"{expr:<18} -> {eval(expr)!r}")
    except TypeError as exc:
        print(f"{expr:<18} -> TypeError: {exc}")
