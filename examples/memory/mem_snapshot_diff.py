"""compare_to: a diff by line lumps callers together; a diff by traceback separates them."""
import os
import tracemalloc

users, orders = [], []


# --8<-- [start:main]
def make_record(n):
    return bytes(100 + n % 7)                   # the one line that allocates


def load_users(count):
    for n in range(count):
        users.append(make_record(n))


def load_orders(count):
    for n in range(count):
        orders.append(make_record(n))


load_users(10), load_orders(10)                 # warm up
tracemalloc.start(5)                            # keep up to 5 frames per allocation
before = tracemalloc.take_snapshot()
load_users(300)
load_orders(100)
after = tracemalloc.take_snapshot()
tracemalloc.stop()

only_here = [tracemalloc.Filter(True, __file__)]
before, after = before.filter_traces(only_here), after.filter_traces(only_here)

print("by line:")
for d in after.compare_to(before, "lineno")[:3]:
    frame = d.traceback[0]
    print(f"  line {frame.lineno:>2}  {d.count_diff:+5} blocks  {d.size_diff:+7} B")

print("by traceback (the caller of make_record):")
for d in after.compare_to(before, "traceback")[:2]:
    caller = d.traceback[-2]           # frames run oldest first; [-1] is make_record
    print(f"  line {d.traceback[-1].lineno} via line {caller.lineno:>2}  {d.count_diff:+5} blocks  {d.size_diff:+7} B")

total = sum(s.size for s in after.statistics("filename"))
print("all traces in this file:", total, "B in", len(after.traces), "blocks;",
      "file key is", os.path.basename(after.statistics("filename")[0].traceback[0].filename))
# --8<-- [end:main]
