"""What the specialising interpreter makes of the tree interpreter's hottest method."""
import dis
import sys

sys.path.insert(0, "lab")                    # the benchmark modules live in lab/
import bench_workload as w                   # noqa: E402

# --8<-- [start:main]
for x in range(1000):                        # warm up, as the harness does before timing
    w.PROGRAM.eval({"x": x})

for ins in dis.get_instructions(w.BinOp.eval, adaptive=True):
    if ins.opname not in ("CACHE", "RESUME", "RESUME_CHECK", "NOT_TAKEN", "EXTENDED_ARG"):
        arg = f" {ins.argrepr}" if ins.argrepr and "NULL" not in ins.argrepr else ""
        print(f"{ins.opname}{arg}")
# --8<-- [end:main]
