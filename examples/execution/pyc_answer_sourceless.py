"""Build a .pyc by hand, import it with no source file, then break its magic number."""
import importlib
import importlib.util
import marshal
import os
import sys
import tempfile

# --8<-- [start:main]
code = compile("GREETING = 'built by hand'\n", "handmade.py", "exec")
header = importlib.util.MAGIC_NUMBER + (0).to_bytes(4, "little") + bytes(8)

with tempfile.TemporaryDirectory() as tmp:
    pyc = os.path.join(tmp, "handmade.pyc")   # next to where the .py would be
    with open(pyc, "wb") as f:
        f.write(header + marshal.dumps(code))
    sys.path.insert(0, tmp)
    importlib.invalidate_caches()
    mod = importlib.import_module("handmade")
    print(mod.GREETING, "| loader:", type(mod.__loader__).__name__)

    with open(pyc, "wb") as f:                 # a magic number from another version
        f.write((3000).to_bytes(2, "little") + b"\r\n" + bytes(12) + marshal.dumps(code))
    sys.modules.pop("handmade")
    importlib.invalidate_caches()
    try:
        importlib.import_module("handmade")
    except ImportError as exc:
        print("ImportError:", str(exc).replace(tmp, "<tmp>"))
    sys.path.remove(tmp)
# --8<-- [end:main]
