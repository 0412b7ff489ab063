"""Python-to-Python recursion is limited by a counter, not by the C stack."""
import re
import sys
import threading

# --8<-- [start:limit]
print("recursion limit:", sys.getrecursionlimit())
deepest = 0

def dive(n):
    global deepest
    deepest = n
    dive(n + 1)

try:
    dive(1)
except RecursionError as e:
    print(f"RecursionError at depth {deepest}: {e}")
# --8<-- [end:limit]

# --8<-- [start:deep]
sys.setrecursionlimit(100_000)

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print("pure Python recursion, 50,000 deep:", count(50_000))

def through_c(n):
    # map() and sum() are C functions: every level re-enters the
    # evaluation loop through a C call
    return 0 if n == 0 else 1 + sum(map(through_c, [n - 1]))

def attempt():
    try:
        print(through_c(50_000))
    except RecursionError as e:
        print("through C, 50,000 deep:", type(e).__name__ + ":",
              re.sub(r"\d+ kB", "N kB", str(e)))

# A thread with a fixed 16 MiB C stack, so that the result does not depend
# on the stack size limit of the machine running the example.
threading.stack_size(16 * 1024 * 1024)
worker = threading.Thread(target=attempt)
worker.start()
worker.join()
# --8<-- [end:deep]
