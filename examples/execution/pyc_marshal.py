"""What marshal writes: one type byte per object, FLAG_REF for objects it may see again."""
import builtins
import marshal

# --8<-- [start:main]
FLAG_REF = 0x80

def describe(data):
    """The first type byte: its letter and whether FLAG_REF is set."""
    first = data[0]
    return f"{chr(first & 0x7F)!r}{' +FLAG_REF' if first & FLAG_REF else ''}"

print("marshal.version:", marshal.version)
for value in (None, True, 7, 2**40, 1.5, "abc", "é", b"xy", (1, 2), [1], {1: 2},
              frozenset({1}), slice(1, 2),
              *([builtins.frozendict(a=1)] if hasattr(builtins, "frozendict") else [])):
    try:
        data = marshal.dumps(value)
        print(f"  {type(value).__name__:9} {len(data):>3} bytes, type {describe(data)}")
    except ValueError as exc:
        print(f"  {type(value).__name__:9} ValueError: {exc}")

shared = ["same"]
data = marshal.dumps((shared, shared))
print("a list stored twice:", data.count(b"r"), "back-reference ('r');",
      "loaded twice-shared:", (lambda t: t[0] is t[1])(marshal.loads(data)))

for value in (lambda: 0, object()):
    try:
        marshal.dumps(value)
    except ValueError as exc:
        print(type(value).__name__, "-> ValueError:", exc)
try:
    marshal.dumps((lambda: 0).__code__, allow_code=False)
except TypeError as exc:                 # 3.12: no such keyword
    print("allow_code=False -> TypeError:", exc)
except ValueError as exc:                # 3.13+: code objects refused on request
    print("allow_code=False -> ValueError:", exc)
# --8<-- [end:main]
