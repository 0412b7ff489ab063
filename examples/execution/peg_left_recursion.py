"""Left recursion: a naive PEG loops forever; seed growing makes it terminate."""
import ast
import sys

# --8<-- [start:main]
TOKENS = ["10", "-", "3", "-", "2"]        # the expression 10 - 3 - 2

def naive(pos):
    # expr: expr '-' NUMBER | NUMBER   -- the first thing expr does is call expr
    left = naive(pos)                # never returns: same rule, same position
    return left

sys.setrecursionlimit(200)
try:
    naive(0)
except RecursionError:
    print("naive left recursion: RecursionError (expr calls expr at the same token)")

def expr_raw(pos, memo):
    """One pass over the alternatives; inner expr calls are answered from memo."""
    seed, end = memo.get(pos, (None, pos))
    if seed is not None and end + 1 < len(TOKENS) and TOKENS[end] == "-":
        return ("Sub", seed, TOKENS[end + 1]), end + 2      # alt 1: expr '-' NUMBER
    if TOKENS[pos].isdigit():
        return TOKENS[pos], pos + 1                         # alt 2: NUMBER
    return None, pos

def expr(pos):
    """Seed growing: memo starts as 'fail', then grows while the match gets longer."""
    memo = {pos: (None, pos)}
    rounds = 0
    while True:
        rounds += 1
        result, end = expr_raw(pos, memo)
        if result is None or end <= memo[pos][1]:
            break                                           # no progress: stop
        memo[pos] = (result, end)
        print(f"  round {rounds}: {result} covers {end} tokens")
    return memo[pos]

tree, end = expr(0)
print("seed-grown tree:", tree)
def shape(node):                     # CPython's tree in the same notation
    if isinstance(node, ast.BinOp):
        return (type(node.op).__name__, shape(node.left), shape(node.right))
    return str(node.value)

print("CPython's tree: ", shape(ast.parse("10 - 3 - 2", mode="eval").body))
print("value:", eval("10 - 3 - 2"), "(left-associative: (10 - 3) - 2)")
# --8<-- [end:main]
