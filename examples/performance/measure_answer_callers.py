"""Exercise: one function, two callers; print_callers splits its calls and time between them."""
import cProfile
import io
import pstats

clock = 0


# --8<-- [start:main]
def validate(fields):
    global clock
    clock += 1
    return all(fields)

def load(lines):
    global clock
    clock += 5
    return [line.split(",") for line in lines if validate(line.split(","))]

def report(rows):
    global clock
    clock += 30
    return sum(1 for row in rows if validate(row))

def main():
    return report(load(["a,b", "c,d", "e,", "f,g"]))

prof = cProfile.Profile(timer=lambda: clock, timeunit=0.001)
prof.runcall(main)
out = io.StringIO()
pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative", "name").print_callers("validate")
print(out.getvalue().strip())
# --8<-- [end:main]
