"""Exercise answer: how much the CFG optimiser changes the code generator's output."""
import ast
import collections
import opcode

import _testinternalcapi

# --8<-- [start:main]
SOURCE = """\
if x > 0:
    y = 'positive'
elif x < 0:
    y = 'negative'
else:
    y = 'zero'
"""

def opnames(seq):
    items = seq if isinstance(seq, list) else seq.get_instructions()
    names = {code: name for name, code in opcode.opmap.items()}
    return [names.get(op, opcode.opname[op]) for op, *_ in items]

sequence, metadata = _testinternalcapi.compiler_codegen(ast.parse(SOURCE), "x.py", 0)
before = opnames(sequence)
consts = metadata["consts"]
consts = list(consts) if isinstance(consts, dict) else consts
after = opnames(_testinternalcapi.optimize_cfg(sequence, consts, 0))
print("codegen:", len(before), "instructions; optimised:", len(after))
changes = collections.Counter(after)
changes.subtract(collections.Counter(before))
print("gained:", sorted(k for k, v in changes.items() if v > 0))
print("lost:  ", sorted(k for k, v in changes.items() if v < 0))
# --8<-- [end:main]
