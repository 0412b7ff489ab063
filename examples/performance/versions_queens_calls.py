"""How many calls does the n-queens workload make? cProfile counts them (it times them too: not printed)."""
import cProfile
import pstats
import sys

sys.path.insert(0, "lab")
import bench_workload as w  # noqa: E402

# --8<-- [start:main]
for n in (6, 8, 11):
    prof = cProfile.Profile()
    solutions = prof.runcall(w.queens, n)
    calls = next(v[1] for k, v in pstats.Stats(prof).stats.items() if k[2] == "queens")
    print(f"{n}-queens: {solutions} solutions, {calls} calls of queens()")
# --8<-- [end:main]
