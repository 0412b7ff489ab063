"""Exercise: the ncalls column of a recursive function."""
import cProfile
import io
import pstats

clock = 0


# --8<-- [start:main]
def fib(n):
    global clock
    clock += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

prof = cProfile.Profile(timer=lambda: clock, timeunit=0.001)
prof.runcall(fib, 6)
out = io.StringIO()
pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative", "name").print_stats("fib")
print(out.getvalue().strip())
# --8<-- [end:main]
