"""str + str, list * int, and where the sequence slots sit in the order."""

# --8<-- [start:slots]
for owner, name in [(int, "__add__"), (str, "__add__"), (list, "__mul__"),
                    (list, "__rmul__"), (str, "__radd__")]:
    attr = owner.__dict__.get(name)
    print(f"{owner.__name__}.{name:<8} ->", type(attr).__name__ if attr else "not defined")

print("(1).__add__('x')   ->", (1).__add__("x"))
try:
    "x".__add__(1)
except TypeError as exc:
    print("'x'.__add__(1)     -> TypeError:", exc)
# --8<-- [end:slots]

# --8<-- [start:order]
class Suffix:
    def __radd__(self, other):
        print(f"    Suffix.__radd__({other!r})")
        return other + "!"

    def __rmul__(self, other):
        print(f"    Suffix.__rmul__({other!r})")
        return "rmul wins"


print("'hi' + Suffix():", "hi" + Suffix())
print("[1] * Suffix():", [1] * Suffix())


class Three:
    def __index__(self):
        return 3


print("[0] * Three():", [0] * Three())
print("Three() * 'ab':", Three() * "ab")
for expr in ("[0] * 2.0", "[1, 2] + (3,)", "'a' + 1"):
    try:
        eval(expr)
    except TypeError as exc:
        print(f"{expr}: TypeError: {exc}")
# --8<-- [end:order]
