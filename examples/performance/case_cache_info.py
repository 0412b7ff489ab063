"""The diagnosis and the fix, seen through lru_cache's own statistics."""
import sys

sys.path.insert(0, "lab")
from bench_case_memory import FixedAnalyser, LeakyAnalyser, make_log  # noqa: E402

log = make_log(20_000)

# --8<-- [start:main]
leaky, fixed = LeakyAnalyser(), FixedAnalyser()
for line in log:
    leaky.handle(line)
    fixed.handle(line)

print("leaky:", leaky.route_of.cache_info())
print("fixed:", fixed.route_of.cache_info())
print("same routes counted:", leaky.per_route == fixed.per_route)
print("distinct paths seen:", len({line.split()[2] for line in log}))
print("distinct routes:    ", len(leaky.per_route))
# --8<-- [end:main]
