"""Exercise answer: predict gc.is_tracked for a few more objects."""
import gc

gc.disable()
n = 7


def f():
    pass


for label, obj in [
    ("set of ints", {n, 2}),
    ("frozenset of ints", frozenset([n, 2])),
    ("bytes b'ab'", b"ab"),
    ("a function", f),
    ("a class", int),
    ("tuple (n, n + 1)", (n, n + 1)),
    ("dict {'k': 'v'}", {"k": str(n)}),
]:
    print(f"{label:<22} {gc.is_tracked(obj)}")
