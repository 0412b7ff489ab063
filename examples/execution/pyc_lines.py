"""Location tables: co_lines() maps bytecode ranges to lines, co_positions() to columns."""
import dis

# --8<-- [start:main]
def area(w,
         h):
    side = w * h
    return side + 1

code = area.__code__
print("first line:", code.co_firstlineno,
      "| co_linetable:", len(code.co_linetable), "bytes",
      "for", len(code.co_code) // 2, "code units")
print("co_lines():")
for start, end, line in code.co_lines():
    print(f"  bytes {start:>2}-{end:<2} -> line {line}")

print("co_positions() of the multiplication:")
units = list(code.co_positions())          # one entry per code unit
for ins in dis.get_instructions(area):
    if ins.opname == "BINARY_OP":
        print(" ", ins.opname, ins.argrepr, "->",
              "lines", units[ins.offset // 2][:2],
              "columns", units[ins.offset // 2][2:])
        break
# --8<-- [end:main]
