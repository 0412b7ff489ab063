"""ast.parse(feature_version=...) rejects newer syntax through CHECK_VERSION actions."""
import ast

# --8<-- [start:main]
cases = [
    ((3, 7),  "(y := 10)"),
    ((3, 8),  "with (open('a') as f, open('b') as g): pass"),
    ((3, 9),  "match point:\n    case (0, 0): pass"),
    ((3, 11), "type Vector = list[float]"),
    ((3, 13), "try: pass\nexcept ValueError, TypeError: pass"),
    ((3, 13), "greeting = t'hello {name}'"),
]
for version, src in cases:
    first = src.splitlines()[0]
    try:
        ast.parse(src, feature_version=version)
        result = "accepted"
    except SyntaxError as e:
        result = e.msg
    print(f"3.{version[1]:<2} {first[:38]:38} -> {result}")
# --8<-- [end:main]
