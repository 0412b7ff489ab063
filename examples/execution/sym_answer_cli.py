# record: versions=3.13+
"""Exercise: the symtable command line (python -m symtable FILE), new in 3.13."""
import symtable

rate = 2

def cost(price):
    return price * rate

symtable.main(["sym_answer_cli.py"])
