"""Exercise answer: a checked hash-based .pyc sets a second flag bit."""
import os
import py_compile
import tempfile

# --8<-- [start:main]
with tempfile.TemporaryDirectory() as tmp:
    for mode in (py_compile.PycInvalidationMode.UNCHECKED_HASH,
                 py_compile.PycInvalidationMode.CHECKED_HASH):
        pyc = py_compile.compile("shop.py", cfile=os.path.join(tmp, "x.pyc"), invalidation_mode=mode)
        flags = int.from_bytes(open(pyc, "rb").read()[4:8], "little")
        print(f"{mode.name:<15} flags={flags} (binary {flags:02b})")
# --8<-- [end:main]
