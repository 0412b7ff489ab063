"""A function with 300 local variables: the last ones need EXTENDED_ARG."""
import dis

# --8<-- [start:main]
lines = [f"    v{i} = None" for i in range(300)]
source = "def big():\n" + "\n".join(lines) + "\n    return v299\n"
namespace = {}
exec(source, namespace)
big = namespace["big"]

instructions = list(dis.get_instructions(big))
for ins in instructions[-5:]:
    print(f"{ins.offset:>4} {ins.opname:<16} arg={ins.arg}")

prefix = instructions[-3]          # the EXTENDED_ARG before the final load
code = big.__code__.co_code
raw = list(code[prefix.offset:prefix.offset + 4])
print("raw bytes:", raw, "->", raw[1], "* 256 +", raw[3], "=", raw[1] * 256 + raw[3])
print("EXTENDED_ARG prefixes in big():",
      sum(i.opname == "EXTENDED_ARG" for i in instructions))
# --8<-- [end:main]
