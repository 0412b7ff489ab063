"""The three stages of code generation, shown with CPython's own test helpers."""
import ast
import dis
import opcode

import _testinternalcapi  # a private test module; its helpers change between versions

# --8<-- [start:main]
SOURCE = """\
while n:
    n = n - 1
"""

def show(title, seq):
    """Print an instruction sequence; a jump's argument is the index of its target."""
    items = seq if isinstance(seq, list) else seq.get_instructions()  # list on 3.12
    names = {code: name for name, code in opcode.opmap.items()}      # includes pseudo-ops
    print(title)
    for index, (op, arg, *_location) in enumerate(items):
        name = names.get(op, opcode.opname[op])
        jumps = "JUMP" in name or name == "FOR_ITER"
        shown = f"-> {arg}" if jumps else ("" if arg is None else arg)
        print(f"  {index:2} {name:20} {shown}")

tree = ast.parse(SOURCE)
sequence, metadata = _testinternalcapi.compiler_codegen(tree, "loop.py", 0)
show("1. code generator (codegen):", sequence)

consts = metadata["consts"]
consts = list(consts) if isinstance(consts, dict) else consts   # a dict on 3.12
optimised = _testinternalcapi.optimize_cfg(sequence, consts, 0)
show("2. after the CFG optimiser:", optimised)

print("3. assembled, as dis shows it:")
dis.dis(compile(SOURCE, "loop.py", "exec"))
# --8<-- [end:main]
