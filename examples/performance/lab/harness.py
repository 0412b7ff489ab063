"""The book's benchmark harness: Part IV's lab.

Every benchmark lives in a module `bench_<group>.py` beside this file. A module sets
`TITLE` and marks its cases with one of three decorators:

    @timed("what one operation is")       fn(loops) runs the operation `loops` times
    @wall("what one run is")              fn() runs one whole workload
    @memory("what is built", count=N)     fn() builds and returns N items

A case returns a value that proves it did its work. Cases that compute the same thing
the same way share a `check=` key, and the harness verifies that they return equal
values before it times anything: a faster variant that gives a different answer is a
bug, not a speed-up.

    python harness.py                       list every case and verify the checks (deterministic)
    python harness.py run                   time every case on this interpreter, print a table
    python harness.py run --only calls      only some groups (comma-separated)
    python harness.py run --json out.json   also write the raw samples
    python harness.py run --quick           fewer, shorter samples (a smoke test, not a measurement)

The method (see the chapter "Measuring honestly"): a timed case is calibrated until one
sample takes at least `--target-ms` milliseconds, warmed up once (so the specialising
interpreter has settled), then sampled `--samples` times; the time per operation is the
sample time divided by the loop count, loop overhead included. A wall case is warmed up
once and sampled. A memory case runs in a fresh interpreter: the bytes that tracemalloc
sees allocated, and still alive, while it builds its items. To compare interpreters,
`scripts/bench.py` (`make bench`) runs this file in several processes per interpreter,
interleaving the interpreters, and commits the samples with the machine and build.
"""
from __future__ import annotations

import gc
import hashlib
import importlib
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("timed", "wall", "memory")


@dataclass
class Case:
    group: str
    name: str
    kind: str
    func: object
    doc: str
    check: str | None = None
    since: tuple[int, int] | None = None
    count: int = 1

    @property
    def id(self) -> str:
        return f"{self.group}.{self.name}"

    def runs_here(self) -> bool:
        return self.since is None or sys.version_info[:2] >= self.since


_pending: list[Case] = []


def _decorator(kind: str, doc: str, check: str | None, since: str | None, count: int = 1):
    def wrap(func):
        v = tuple(int(x) for x in since.split(".")) if since else None
        _pending.append(Case("", func.__name__, kind, func, doc, check, v, count))
        return func
    return wrap


def timed(doc: str, *, check: str | None = None, since: str | None = None):
    """A case that runs one operation `loops` times: fn(loops) -> value."""
    return _decorator("timed", doc, check, since)


def wall(doc: str, *, check: str | None = None, since: str | None = None):
    """A case that runs one whole workload: fn() -> value."""
    return _decorator("wall", doc, check, since)


def memory(doc: str, *, count: int, since: str | None = None):
    """A case that builds `count` items and returns them: fn() -> object kept alive while measured."""
    return _decorator("memory", doc, None, since, count)


def python_command() -> list[str]:
    """The command that starts this interpreter again (BENCH_PYTHON overrides sys.executable)."""
    return shlex.split(os.environ["BENCH_PYTHON"]) if os.environ.get("BENCH_PYTHON") else [sys.executable]


def process_context():
    """A multiprocessing context whose children start this interpreter again.

    multiprocessing needs one executable file: BENCH_PYTHON_EXECUTABLE if set, else a
    one-word BENCH_PYTHON, else sys.executable."""
    import multiprocessing
    ctx = multiprocessing.get_context()
    exe = os.environ.get("BENCH_PYTHON_EXECUTABLE")
    if not exe and len(python_command()) == 1:
        exe = python_command()[0]
    if exe and exe != sys.executable:
        ctx.set_executable(exe)
    return ctx


# ---------------------------------------------------------------- discovery

def module_names() -> list[str]:
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


def source_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@dataclass
class Group:
    name: str
    title: str
    module: str
    cases: list[Case] = field(default_factory=list)

    @property
    def hash(self) -> str:
        """Changes whenever the module or the harness changes: results older than it are stale."""
        return source_hash([HERE / f"{self.module}.py", HERE / "harness.py"])


def load(only: set[str] | None = None) -> list[Group]:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    groups = []
    for mod_name in module_names():
        gname = mod_name[len("bench_"):]
        if only and gname not in only:
            continue
        _pending.clear()
        mod = importlib.import_module(mod_name)
        if not _pending and mod_name in sys.modules:
            mod = importlib.reload(mod)
        title = getattr(mod, "TITLE", None)
        if not title:
            raise SystemExit(f"{mod_name}.py: set TITLE = '...' (one line that names the group)")
        cases = list(_pending)
        _pending.clear()
        if not cases:
            raise SystemExit(f"{mod_name}.py: no @timed, @wall or @memory case")
        for c in cases:
            c.group = gname
        groups.append(Group(gname, title, mod_name, cases))
    if only and (missing := only - {g.name for g in groups}):
        raise SystemExit(f"no benchmark group {', '.join(sorted(missing))} (known: {', '.join(module_names())})")
    return groups


def verify(groups: list[Group]) -> list[str]:
    """Run every timed and wall case once and compare cases that share a check key."""
    lines = []
    for g in groups:
        seen: dict[str, tuple[str, object]] = {}
        for c in g.cases:
            if c.kind == "memory" or not c.runs_here():
                continue
            value = c.func(3) if c.kind == "timed" else c.func()
            if c.check is None:
                continue
            if c.check in seen and seen[c.check][1] != value:
                raise SystemExit(f"bench_{g.name}.py: {c.name} returned {value!r:.80} but {seen[c.check][0]} "
                                 f"returned {seen[c.check][1]!r:.80} (check={c.check!r})")
            seen.setdefault(c.check, (c.name, value))
        for key, (first, _v) in seen.items():
            sharing = [c.name for c in g.cases if c.check == key and c.runs_here()]
            if len(sharing) > 1:
                lines.append(f"  check {key!r}: {', '.join(sharing)} agree")
    return lines


# ---------------------------------------------------------------- measuring

def _sample_timed(func, loops: int) -> float:
    t0 = time.perf_counter_ns()
    func(loops)
    return time.perf_counter_ns() - t0


def measure_timed(case: Case, samples: int, target_ns: float) -> dict:
    loops = 1
    while True:  # calibrate: this also warms the case up
        elapsed = _sample_timed(case.func, loops)
        if elapsed >= target_ns or loops >= 1 << 30:
            break
        loops = min(loops * 10, max(loops * 2, int(loops * target_ns / max(elapsed, 1) * 1.2)))
    _sample_timed(case.func, loops)  # one more warm-up at the final loop count
    values = [_sample_timed(case.func, loops) / loops for _ in range(samples)]
    return {"loops": loops, "samples": values}


def measure_wall(case: Case, samples: int) -> dict:
    case.func()  # warm-up
    values = []
    for _ in range(samples):
        t0 = time.perf_counter_ns()
        case.func()
        values.append(time.perf_counter_ns() - t0)
    return {"loops": 1, "samples": values}


def measure_memory_here(case: Case) -> dict:
    import tracemalloc
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    obj = case.func()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del obj
    return {"bytes": after - before, "count": case.count}


def measure_memory(case: Case) -> dict:
    """In a fresh interpreter, so that no earlier case leaves free lists or caches behind."""
    proc = subprocess.run(python_command() + ["-s", "-X", "utf8", str(HERE / "harness.py"), "_memory", case.id],
                          capture_output=True, text=True, cwd=HERE, env={**os.environ, "PYTHONHASHSEED": "0"})
    if proc.returncode:
        raise SystemExit(f"memory case {case.id} failed:\n{proc.stderr}")
    return json.loads(proc.stdout)


def stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "mean": statistics.fmean(values), "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
            "n": len(values)}


def _maps_libpython() -> bool | None:
    """Whether this process runs CPython from a shared libpython (Linux only; None elsewhere)."""
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return None
    return "libpython" in maps


def interpreter() -> dict:
    import sysconfig
    args = sysconfig.get_config_var("CONFIG_ARGS") or ""
    jit = getattr(sys, "_jit", None)
    return {
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "compiler": platform.python_compiler(),
        "build_date": platform.python_build()[1],
        "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "config_enable_shared": bool(sysconfig.get_config_var("Py_ENABLE_SHARED")),
        "executable_maps_libpython": _maps_libpython(),
        "config_enable_optimizations": "--enable-optimizations" in args,
        "config_with_lto": "--with-lto" in args,
        "config_jit": next((a.strip("'") for a in shlex.split(args) if a.startswith("--enable-experimental-jit")), None),
        "jit_available": bool(jit and jit.is_available()),
        "jit_enabled": bool(jit and jit.is_enabled()),
        "opt": sysconfig.get_config_var("OPT"),
    }


def run(groups: list[Group], samples: int, target_ms: float, kinds: set[str]) -> dict:
    out = {"interpreter": interpreter(), "pid": os.getpid(), "groups": {}}
    for g in groups:
        cases = {}
        for c in g.cases:
            if c.kind not in kinds or not c.runs_here():
                continue
            if c.kind == "timed":
                cases[c.name] = measure_timed(c, samples, target_ms * 1e6)
            elif c.kind == "wall":
                cases[c.name] = measure_wall(c, samples)
            else:
                cases[c.name] = measure_memory(c)
            cases[c.name].update(kind=c.kind, doc=c.doc)
        out["groups"][g.name] = {"title": g.title, "hash": g.hash, "cases": cases}
    return out


def human(ns: float) -> str:
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def print_table(result: dict) -> None:
    print(f"CPython {result['interpreter']['version']} ({result['interpreter']['compiler']})")
    for gname, g in result["groups"].items():
        print(f"\n{gname}: {g['title']}")
        for cname, c in g["cases"].items():
            if c["kind"] == "memory":
                print(f"  {cname:<32} {c['bytes']:>12,} bytes  ({c['bytes'] / c['count']:.1f} per item)")
            else:
                s = stats(c["samples"])
                print(f"  {cname:<32} {human(s['median']):>10}  (min {human(s['min'])}, max {human(s['max'])}, "
                      f"n={s['n']})")


def catalogue(groups: list[Group]) -> None:
    print(f"{sum(len(g.cases) for g in groups)} cases in {len(groups)} groups")
    for g in groups:
        print(f"\n{g.name}: {g.title}")
        for c in g.cases:
            extra = f", {c.count:,} items" if c.kind == "memory" else ""
            extra += f", {'.'.join(map(str, c.since))}+" if c.since else ""
            skipped = "" if c.runs_here() else "  (not on this version)"
            print(f"  {c.name:<32} {c.kind}{extra}: {c.doc}{skipped}")
        for line in verify([g]):
            print(line)


def main_for_module(path: str) -> None:
    """What `python bench_<group>.py` does: list that group's cases and verify its checks.

    Call it as `main_for_module(__file__)` under `if __name__ == "__main__":`.
    """
    catalogue(load({Path(path).stem[len("bench_"):]}))


def main(argv: list[str] | None = None) -> int:
    import argparse
    sys.modules.setdefault("harness", sys.modules[__name__])  # bench modules import this file as `harness`
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd")
    r = sub.add_parser("run", help="time the cases on this interpreter")
    r.add_argument("--only", help="comma-separated groups")
    r.add_argument("--samples", type=int, default=None)
    r.add_argument("--target-ms", type=float, default=None)
    r.add_argument("--kinds", default="timed,wall,memory")
    r.add_argument("--quick", action="store_true")
    r.add_argument("--json", help="write the raw result here")
    m = sub.add_parser("_memory")
    m.add_argument("case")
    sub.add_parser("_list", help="the catalogue as JSON (for the tests)")
    args = ap.parse_args(argv)
    if args.cmd == "_list":
        print(json.dumps({g.name: {"title": g.title, "hash": g.hash, "cases": {
            c.name: {"kind": c.kind, "runs_here": c.runs_here(), "count": c.count} for c in g.cases}}
            for g in load()}))
        return 0
    if args.cmd is None:
        catalogue(load())
        return 0
    if args.cmd == "_memory":
        gname, _, cname = args.case.partition(".")
        case = next(c for c in load({gname})[0].cases if c.name == cname)
        print(json.dumps(measure_memory_here(case)))
        return 0
    only = set(args.only.split(",")) if args.only else None
    groups = load(only)
    verify(groups)
    samples = args.samples or (3 if args.quick else 7)
    target = args.target_ms or (2.0 if args.quick else 20.0)
    kinds = set(args.kinds.split(","))
    if bad := kinds - set(KINDS):
        raise SystemExit(f"unknown kinds {bad}")
    result = run(groups, samples, target, kinds)
    result["method"] = {"samples": samples, "target_ms": target, "quick": args.quick}
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
