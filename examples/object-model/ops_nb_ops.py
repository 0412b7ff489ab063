"""The BINARY_OP oparg table that dis uses to print `+`, `+=`, ... ."""
import dis

# --8<-- [start:main]
table = dis._nb_ops
print(f"{len(table)} entries")
for oparg, (name, symbol) in enumerate(table):
    print(f"{oparg:>2} {name:<28} {symbol}")
# --8<-- [end:main]
