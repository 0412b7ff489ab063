"""The location table: every instruction knows its lines and columns."""
import dis

# --8<-- [start:main]
def area(w, h):
    return w * h

code = area.__code__
print("co_linetable:", len(code.co_linetable), "bytes for",
      len(code.co_code) // 2, "code units")
for ins in dis.get_instructions(area):
    p = ins.positions
    print(f"{ins.opname:26} line {p.lineno}  columns {p.col_offset}-{p.end_col_offset}")
# --8<-- [end:main]
