"""Exercise answer: syntax that feature_version does not catch."""
import ast

# --8<-- [start:main]
cases = [
    ((3, 11), 'f"{"nested"}"',            "same quotes inside an f-string (3.12+)"),
    ((3, 8),  "@buttons[0].clicked\ndef f(): pass", "any expression as decorator (3.9+)"),
    ((3, 7),  "print(f'{x=}')",            "self-documenting f-string (3.8+)"),
    ((3, 8),  "flat = [*row for row in grid]", "unpacking in a comprehension (3.15+)"),
    ((3, 11), "def first[T](xs: list[T]) -> T: ...", "type parameters (3.12+)"),
]
for version, src, what in cases:
    try:
        ast.parse(src, feature_version=version)
        verdict = "accepted"
    except SyntaxError as e:
        verdict = "rejected: " + e.msg
    print(f"3.{version[1]:<2} {what:40} {verdict}")
# --8<-- [end:main]
