"""What `if x:` asks of x: __bool__, then __len__, else true."""
import warnings


class WithBool:
    def __bool__(self):
        print("    __bool__ called")
        return False


class WithLen:
    def __len__(self):
        print("    __len__ called")
        return 0


class Both:
    def __bool__(self):
        print("    __bool__ called")
        return True

    def __len__(self):
        print("    __len__ called")
        return 0


class Neither:
    pass


class BadBool:
    def __bool__(self):
        return 1


class NegativeLen:
    def __len__(self):
        return -1


def truth(label, obj):
    print(f"{label}:")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print("    ->", "true" if obj else "false")
        except (TypeError, ValueError) as exc:
            print(f"    {type(exc).__name__}: {exc}")
    for w in caught:
        print(f"    {w.category.__name__}: {w.message}")


# --8<-- [start:main]
for label, obj in [("WithBool()", WithBool()), ("WithLen()", WithLen()),
                   ("Both()", Both()), ("Neither()", Neither()),
                   ("BadBool()", BadBool()), ("NegativeLen()", NegativeLen()),
                   ("NotImplemented", NotImplemented)]:
    truth(label, obj)
# --8<-- [end:main]
