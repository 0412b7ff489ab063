"""A __len__ that returns a number too big for a C Py_ssize_t, either sign."""


class Huge:
    def __len__(self):
        return 2**64


class HugeNegative:
    def __len__(self):
        return -2**64


for label, thunk in [("bool(Huge())", lambda: bool(Huge())),
                     ("len(Huge())", lambda: len(Huge())),
                     ("bool(HugeNegative())", lambda: bool(HugeNegative())),
                     ("len(HugeNegative())", lambda: len(HugeNegative()))]:
    try:
        print(label, "->", thunk())
    except (OverflowError, ValueError) as exc:
        print(label, f"-> {type(exc).__name__}:", exc)
