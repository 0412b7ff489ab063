"""Exercise answer: how deep can you go with a recursion limit of 50?"""
import sys

# --8<-- [start:main]
def depth_reached(limit):
    sys.setrecursionlimit(limit)
    deepest = 0
    def dive(n):
        nonlocal deepest
        deepest = n
        dive(n + 1)
    try:
        dive(1)
    except RecursionError:
        pass
    sys.setrecursionlimit(1000)
    return deepest

print("frames already on the stack at module level:", len(__import__("traceback").extract_stack()))
for limit in (50, 100):
    print(f"limit {limit}: dive() reached depth {depth_reached(limit)}")
# --8<-- [end:main]
