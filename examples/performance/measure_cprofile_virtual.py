"""A cProfile report you can trust to the digit: a virtual clock that only the program moves."""
import cProfile
import io
import pstats

# --8<-- [start:program]
clock = 0          # virtual milliseconds: only the lines "clock += n" move it

def parse(line):
    global clock
    clock += 2
    return line.split(",")

def validate(fields):
    global clock
    clock += 1
    return all(fields)

def load(lines):
    global clock
    clock += 5
    rows = []
    for line in lines:
        fields = parse(line)
        if validate(fields):
            rows.append(fields)
    return rows

def report(rows):
    global clock
    clock += 30
    return len(rows)

def main():
    rows = load(["a,b", "c,d", "e,", "f,g"])
    return report(rows)
# --8<-- [end:program]

# --8<-- [start:profile]
prof = cProfile.Profile(timer=lambda: clock, timeunit=0.001)
prof.enable()
main()
prof.disable()

out = io.StringIO()
stats = pstats.Stats(prof, stream=out).strip_dirs()
stats.sort_stats("cumulative", "name").print_stats()
print(out.getvalue().strip())
# --8<-- [end:profile]

# --8<-- [start:callees]
out = io.StringIO()
stats.stream = out
stats.print_callees("load")
print(out.getvalue().strip())
# --8<-- [end:callees]
