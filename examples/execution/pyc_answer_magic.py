"""From a magic number back to a Python version, with the 2900 + 50n rule."""
import importlib.util
import sys

# --8<-- [start:main]
magic = int.from_bytes(importlib.util.MAGIC_NUMBER[:2], "little")
minor, step = divmod(magic - 2900, 50)
print(f"magic {magic}: 3.{minor} series, change number {step} within it")
print("running:", f"{sys.version_info.major}.{sys.version_info.minor}")
for other in (3531, 3571, 3627, 3666):
    print(other, "-> 3.%d" % ((other - 2900) // 50))
# --8<-- [end:main]
