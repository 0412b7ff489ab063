"""The show_offsets (3.13+) and show_positions (3.14+) options of dis.dis."""
# record: versions=3.13+
import dis
import inspect

# --8<-- [start:main]
def clamp(x):
    if x > 9:
        return 9
    return x

options = inspect.signature(dis.dis).parameters
print("show_offsets" in options, "show_positions" in options)
dis.dis(clamp, show_offsets=True)
if "show_positions" in options:
    print("--- show_positions=True")
    dis.dis(clamp, show_positions=True)
# --8<-- [end:main]
