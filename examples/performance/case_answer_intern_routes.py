"""Exercise: how many distinct route objects does the window hold, before and after interning?"""
import functools
import sys

sys.path.insert(0, "lab")
import bench_case_memory as lab  # noqa: E402


class InternedRoutes(lab.LeakyAnalyser):
    def __init__(self):
        super().__init__()
        # --8<-- [start:main]
        self.route_of = functools.lru_cache(maxsize=None)(lambda path: sys.intern(lab._route(path)))
        # --8<-- [end:main]


for cls in (lab.LeakyAnalyser, InternedRoutes):
    analyser = lab.run(cls(), lab.make_log(20_000))
    routes = [record["route"] for record in analyser.recent]
    print(f"{cls.__name__:<15} records: {len(routes):,}, distinct route values: {len(set(routes))}, "
          f"distinct route objects: {len({id(r) for r in routes}):,}")
