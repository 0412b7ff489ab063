"""Write real .pyc files in the three invalidation modes and decode their 16-byte headers."""
import importlib.util
import marshal
import os
import py_compile
import tempfile

# --8<-- [start:main]
SOURCE = b"RATE = 3\n\ndef cost(qty):\n    return qty * RATE\n"
MTIME = 1_700_000_000                        # a fixed modification time

def header(data):
    magic = int.from_bytes(data[0:2], "little")
    flags = int.from_bytes(data[4:8], "little")
    fields = {"magic": magic, "crlf": data[2:4] == b"\r\n", "flags": flags}
    if flags & 0b01:                         # bit 0: hash-based
        fields["checked"] = bool(flags & 0b10)   # bit 1: check the source
        fields["hash"] = data[8:16].hex()
    else:
        fields["mtime"] = int.from_bytes(data[8:12], "little")
        fields["size"] = int.from_bytes(data[12:16], "little")
    return fields

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "shop.py")
    with open(src, "wb") as f:
        f.write(SOURCE)
    os.utime(src, (MTIME, MTIME))
    print("MAGIC_NUMBER:", importlib.util.MAGIC_NUMBER,
          "=", int.from_bytes(importlib.util.MAGIC_NUMBER[:2], "little"))
    for mode in py_compile.PycInvalidationMode:
        pyc = py_compile.compile(src, cfile=os.path.join(tmp, f"{mode.name}.pyc"),
                                 invalidation_mode=mode, doraise=True)
        with open(pyc, "rb") as f:
            data = f.read()
        print(f"{mode.name}:", header(data))
    print("source_hash:", importlib.util.source_hash(SOURCE).hex(),
          "| source size:", len(SOURCE))
    body = marshal.loads(data[16:])
    flag = " + FLAG_REF" if data[16] & 0x80 else ""
    print(f"byte 16: {data[16]:#x} = {chr(data[16] & 0x7F)!r}{flag} ->",
          type(body).__name__, body.co_name, body.co_names)
# --8<-- [end:main]
