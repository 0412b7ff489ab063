"""Exercise answer: object.__sizeof__ reads lv_tag as if it were ob_size."""
import ctypes

TAG_AT = object.__basicsize__

for n in [int(s) for s in ["0", "1", "1000", "1025"]] + [2**40]:
    tag = ctypes.c_size_t.from_address(id(n) + TAG_AT).value
    guess = int.__basicsize__ + int.__itemsize__ * tag
    print(f"{n:>13}: int.__sizeof__ {n.__sizeof__():3}  object.__sizeof__ {object.__sizeof__(n):3}"
          f"  lv_tag {tag:3}  24 + 4 * lv_tag = {guess}")
