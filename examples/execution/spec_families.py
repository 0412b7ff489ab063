"""The families of specialised instructions, as this interpreter lists them."""
import sys

if sys.version_info >= (3, 13):
    from _opcode_metadata import _specializations   # Lib/_opcode_metadata.py
else:
    from opcode import _specializations             # Lib/opcode.py

for family in sorted(_specializations):
    forms = _specializations[family]
    print(f"{family:<17} {len(forms):>2}  {', '.join(f.removeprefix(family + '_') for f in forms)}")
total = sum(len(forms) for forms in _specializations.values())
print(f"{len(_specializations)} families, {total} specialised forms")
