"""Soft keywords: names that are keywords only where the grammar says so."""
import ast
import keyword

# --8<-- [start:main]
print("hard keywords:", len(keyword.kwlist))
print("soft keywords:", keyword.softkwlist)

def parses(src):
    try:
        ast.parse(src)
        return "parses"
    except SyntaxError as e:
        return f"SyntaxError: {e.msg}"

snippets = [
    "match = 1",                                  # an ordinary variable
    "match(x)",                                   # an ordinary call
    "match match:\n    case case: pass",          # statement, subject and capture
    "type = int",                                 # an ordinary variable
    "type Pair = tuple[int, int]",                # the type statement (3.12+)
    "_ = 5",                                      # an ordinary variable
    "lazy = True",                                # an ordinary variable
    "lazy import json",                           # a lazy import (3.15+)
    "if = 1",                                     # a hard keyword: never a name
]
for src in snippets:
    print(f"{src.splitlines()[0]:28} -> {parses(src)}")
# --8<-- [end:main]
