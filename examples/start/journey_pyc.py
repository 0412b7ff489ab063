"""The code object of a module, written to a .pyc file and read back."""
import importlib.util
import marshal
import os
import py_compile
import tempfile

# --8<-- [start:main]
with tempfile.TemporaryDirectory() as tmp:
    pyc = py_compile.compile(
        "shop.py",
        cfile=os.path.join(tmp, "shop.pyc"),
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    data = open(pyc, "rb").read()

magic, flags, source_hash = data[:4], data[4:8], data[8:16]
print("magic number :", int.from_bytes(magic[:2], "little"), magic[2:] == b"\r\n")
print("matches this interpreter:", magic == importlib.util.MAGIC_NUMBER)
print("flags        :", int.from_bytes(flags, "little"), "(1 = hash-based, not checked)")
print("header bytes :", len(data[:16]))
code = marshal.loads(data[16:])
print("code object  :", code.co_name, "from", code.co_filename)
# --8<-- [end:main]
