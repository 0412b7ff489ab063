"""When does import trust a .pyc? Timestamp pycs, checked and unchecked hash pycs."""
import _imp
import importlib
import importlib.util
import os
import py_compile
import sys
import tempfile

# --8<-- [start:main]
MTIME = 1_700_000_000
sys.dont_write_bytecode = False               # make sure import may write pycs

def write_source(folder, value, mtime=MTIME):
    path = os.path.join(folder, "rates.py")
    with open(path, "w") as f:
        f.write(f"VALUE = {value}\n")           # every version has the same size
    os.utime(path, (mtime, mtime))
    return path

def load():
    sys.modules.pop("rates", None)
    importlib.invalidate_caches()
    return importlib.import_module("rates").VALUE

def kind(pyc):
    with open(pyc, "rb") as f:
        flags = int.from_bytes(f.read(8)[4:8], "little")
    return {0: "timestamp", 1: "unchecked hash", 3: "checked hash"}[flags]

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    src = write_source(tmp, 1)
    pyc = importlib.util.cache_from_source(src)
    print("1. first import:", load(), "| pyc written:", os.path.exists(pyc), kind(pyc))

    write_source(tmp, 2)                        # new text, same size, same mtime
    print("2. edited, same mtime and size:", load(), "(stale pyc trusted)")
    write_source(tmp, 2, MTIME + 1)
    print("3. mtime changed:", load(), "(recompiled and rewritten)")

    py_compile.compile(src, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    write_source(tmp, 3, MTIME + 1)
    print("4. checked hash pyc, source edited:", load(), "| pyc now:", kind(pyc))

    py_compile.compile(src, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    write_source(tmp, 4, MTIME + 2)
    print("5. unchecked hash pyc, source edited:", load(), "(never checked)")
    _imp.check_hash_based_pycs = "always"       # what --check-hash-based-pycs always sets
    print("6. same, with check_hash_based_pycs='always':", load())
    _imp.check_hash_based_pycs = "default"
    sys.path.remove(tmp)
# --8<-- [end:main]
