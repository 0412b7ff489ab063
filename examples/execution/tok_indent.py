"""INDENT and DEDENT come from a stack of indentation columns; a model of it predicts them."""
import io
import tokenize

# --8<-- [start:tokens]
SOURCE = """\
for row in rows:
    if row:
        print(row)

    else:
            skip(row)
done()
"""

for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    if tok.type in (tokenize.INDENT, tokenize.DEDENT):
        print(f"line {tok.start[0]}: {tokenize.tok_name[tok.type]:<6} {tok.string!r}")
# --8<-- [end:tokens]

# --8<-- [start:model]
def indentation_events(source, tabsize=8):
    """The tokenizer's rule, in Python: compare each line's column with a stack."""
    stack, events = [0], []
    for lineno, line in enumerate(source.splitlines(), 1):
        stripped = line.lstrip(" \t")
        if not stripped or stripped.startswith("#"):
            continue                          # blank and comment-only lines are ignored
        col = 0
        for ch in line[: len(line) - len(stripped)]:
            col = col + 1 if ch == " " else (col // tabsize + 1) * tabsize
        if col > stack[-1]:
            stack.append(col)                 # one INDENT, never more
            events.append((lineno, "INDENT", list(stack)))
        while col < stack[-1]:
            stack.pop()                       # as many DEDENTs as it takes
            events.append((lineno, "DEDENT", list(stack)))
        if col != stack[-1]:
            raise IndentationError(f"line {lineno}: unindent does not match")
    events += [("end", "DEDENT", stack[:i]) for i in range(len(stack) - 1, 0, -1)]
    return events

for where, kind, stack in indentation_events(SOURCE):
    print(f"line {where}: {kind:<6} stack now {stack}")
# --8<-- [end:model]
