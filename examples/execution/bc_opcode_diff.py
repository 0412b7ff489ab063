"""This interpreter's instruction names compared with the previous version's recorded list."""
import dis
import json
import sys
from pathlib import Path

# --8<-- [start:main]
def recorded_opmap(version):
    """The opmap names that examples/appendix/opcodes.py recorded on `version`."""
    path = Path("../appendix") / f"opcodes.{version}.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8").split("\n", 1)[1]  # drop the #> header line
    return set(json.loads(text)["opmap"])

major, minor = sys.version_info[:2]
now = set(dis.opmap)
real = {name for name in now if dis.opmap[name] < 256}
print(f"{major}.{minor}: {len(real)} real instructions, {len(now) - len(real)} pseudo:")
print("  " + ", ".join(sorted(now - real)))
before = recorded_opmap(f"{major}.{minor - 1}")
if before is None:
    print(f"no recording of {major}.{minor - 1} in this book: nothing to compare")
else:
    def show(label, names):
        print(f"{label} ({len(names)}):")
        for name in sorted(names):
            print(f"  {name}")
    show(f"added since {major}.{minor - 1}", now - before)
    show(f"removed since {major}.{minor - 1}", before - now)
# --8<-- [end:main]
