"""What the interpreter runs per word: the inner loop of three versions after warm-up."""
import dis
import sys
import textwrap

sys.path.insert(0, "lab")
import bench_case_hotloop as wc  # noqa: E402


# --8<-- [start:main]
def inner_loop(func, first_line, last_line):
    """The instructions of func's source lines first_line..last_line, as specialised now."""
    start = func.__code__.co_firstlineno
    names = []
    for ins in dis.get_instructions(func, adaptive=True):
        line = ins.positions.lineno
        if line is not None and start + first_line <= line <= start + last_line:
            if ins.opname not in ("CACHE", "EXTENDED_ARG", "NOT_TAKEN"):
                names.append(ins.opname)
    return names


for func in (wc.count_v0, wc.count_v2, wc.count_v3, wc.normalise):
    func(wc.LINES[:200]) if func is not wc.normalise else [func(w) for w in ("A,", "b") * 50]
for func, lines in ((wc.count_v0, (3, 10)), (wc.normalise, (1, 4)),
                    (wc.count_v2, (4, 8)), (wc.count_v3, (5, 6))):
    ops = inner_loop(func, *lines)
    print(f"{func.__name__} ({len(ops)} instructions):")
    print(textwrap.fill(" ".join(ops), width=76, initial_indent="    ", subsequent_indent="    "))
# --8<-- [end:main]
