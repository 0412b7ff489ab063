"""Exercise answer: how deeply can source nest before a guard trips, and which guard?"""
import ast

# --8<-- [start:main]
def failure(src):
    """None if ast.parse succeeds, else the kind of error it raised."""
    try:
        ast.parse(src)
        return None
    except (MemoryError, RecursionError, SyntaxError) as e:
        return f"{type(e).__name__}: {e}"

def deepest(make, hi=20000):
    lo = 1                                # binary search for the last depth that parses
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if failure(make(mid)) is None else (lo, mid - 1)
    return lo, failure(make(lo + 1))

for label, make in [("unary minus", lambda n: "-" * n + "1"),
                    ("not", lambda n: "not " * n + "x"),
                    ("brackets", lambda n: "[" * n + "]" * n)]:
    depth, error = deepest(make)
    print(f"{label:12} deepest {depth:5}; one more gives {error}")
# --8<-- [end:main]
