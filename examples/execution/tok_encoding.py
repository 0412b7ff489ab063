"""How the source encoding is found: BOM, coding cookie, or the UTF-8 default."""
import io
import tokenize

# --8<-- [start:detect]
SAMPLES = {
    "no cookie": b"x = 1\n",
    "cookie on line 1": b"# -*- coding: latin-1 -*-\nx = 1\n",
    "cookie on line 2": b"#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\n",
    "cookie on line 3": b"\n\n# coding: latin-1\n",
    "UTF-8 BOM": b"\xef\xbb\xbfx = 1\n",
    "BOM + latin-1 cookie": b"\xef\xbb\xbf# coding: latin-1\n",
    "unknown codec": b"# coding: klingon\n",
}
for label, data in SAMPLES.items():
    try:
        encoding, lines = tokenize.detect_encoding(io.BytesIO(data).readline)
        print(f"{label:<22} -> {encoding:<11} ({len(lines)} line(s) read)")
    except SyntaxError as err:
        print(f"{label:<22} -> SyntaxError: {err}")
# --8<-- [end:detect]

# --8<-- [start:token]
source = "# coding: latin-1\nname = 'café'\n".encode("latin-1")
for tok in tokenize.tokenize(io.BytesIO(source).readline):
    print(f"{tokenize.tok_name[tok.type]:<9} {tok.string!r}")
    if tok.type == tokenize.NEWLINE:
        break
code = compile(source, "<latin-1 bytes>", "exec")
print("compile() decoded the bytes too:", "café" in code.co_consts)
# --8<-- [end:token]
