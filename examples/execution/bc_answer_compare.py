"""Answer: decoding the argument of COMPARE_OP."""
import dis
import sys

# --8<-- [start:main]
shift = 4 if sys.version_info < (3, 13) else 5
for op in ("<", "<=", "==", "!=", ">", ">="):
    code = compile(f"a {op} b", "<demo>", "eval")
    ins = next(i for i in dis.get_instructions(code) if i.opname == "COMPARE_OP")
    low = ins.arg & ((1 << shift) - 1)
    print(f"{op:>2}: arg {ins.arg:>3} = {ins.arg >> shift} << {shift} | {low:>2}   "
          f"dis shows {ins.argrepr}")
# --8<-- [end:main]
