"""Read the committed benchmark results (examples/performance/lab/results/) for pages and tests.

Shared by overrides/hooks/render_bench.py (the [[bench: ...]] directives) and
tests/test_bench.py. Every error is a BenchDataError whose message says what to run.
"""
from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAB = ROOT / "examples" / "performance" / "lab"
RESULTS = LAB / "results"
VARIANT = re.compile(r"^3\.\d+(-jit)?$")
sys.path.insert(0, str(LAB))
import harness  # noqa: E402  (stdlib only; importing it runs no benchmark)


class BenchDataError(RuntimeError):
    pass


def vkey(variant: str) -> tuple:
    base, _, extra = variant.partition("-")
    a, b = base.split(".")
    return int(a), int(b), extra


@lru_cache(maxsize=None)
def _load(folder: str, stamp: tuple) -> dict[str, dict]:
    out = {}
    for p in sorted(Path(folder).glob("*.json")):
        if p.name == "summary.json":
            continue
        if not VARIANT.match(p.stem):
            raise BenchDataError(f"{p.relative_to(ROOT)}: unexpected results file (variants are 3.X or 3.X-jit)")
        out[p.stem] = json.loads(p.read_text(encoding="utf-8"))
    return dict(sorted(out.items(), key=lambda kv: vkey(kv[0])))


def results(folder: Path = RESULTS) -> dict[str, dict]:
    """variant -> results file contents, in version order (reloaded when a file changes)."""
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.json")))
    return _load(str(folder), stamp)


def summary(folder: Path = RESULTS) -> dict | None:
    p = folder / "summary.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else None


def module_hash(group: str) -> str:
    """harness.Group.hash, computed without importing the benchmark module."""
    return harness.source_hash([LAB / f"bench_{group}.py", LAB / "harness.py"])


def groups_in_lab() -> list[str]:
    return sorted(p.stem[len("bench_"):] for p in LAB.glob("bench_*.py"))


def group(variant_data: dict, name: str, variant: str) -> dict:
    g = variant_data["groups"].get(name)
    if g is None:
        raise BenchDataError(f"no results for group {name!r} under {variant}: run `python3 scripts/bench.py --only {name}`")
    if name in groups_in_lab() and g["hash"] != module_hash(name):
        raise BenchDataError(f"results for group {name!r} under {variant} are stale (bench_{name}.py or harness.py "
                             f"changed since they were measured): run `python3 scripts/bench.py --only {name}`")
    return g


def case(name: str, variant: str, folder: Path = RESULTS) -> dict:
    """The results of GROUP.CASE under a variant ('3.14', '3.14-jit')."""
    gname, _, cname = name.partition(".")
    data = results(folder)
    if variant not in data:
        raise BenchDataError(f"no results for {variant} (have: {', '.join(data) or 'none'}): run `make bench`")
    g = group(data[variant], gname, variant)
    if cname not in g["cases"]:
        known = ", ".join(g["cases"])
        raise BenchDataError(f"group {gname!r} has no case {cname!r} under {variant} (known: {known})")
    return g["cases"][cname]


def value(c: dict, per_item: bool = False) -> float:
    """Median nanoseconds per operation, or bytes (per item when asked)."""
    if c["kind"] == "memory":
        return c["bytes"] / c["count"] if per_item else c["bytes"]
    return c["stats"]["median"]


def fmt_time(ns: float) -> str:
    return harness.human(ns).replace(" ", "\u00a0")


def fmt_bytes(n: float, per_item: bool = False) -> str:
    if per_item:
        return f"{n:,.1f}\u00a0bytes" if n != int(n) else f"{int(n):,}\u00a0bytes"
    return f"{int(n):,}\u00a0bytes"


def fmt_value(c: dict, per_item: bool = False) -> str:
    if c["kind"] == "memory":
        return fmt_bytes(value(c, per_item), per_item)
    return fmt_time(value(c))


def fmt_ratio(r: float) -> str:
    return f"{r:.0f}×" if r >= 10 else f"{r:.2g}×" if r < 1 else f"{r:.1f}×"


def describe_machine(m: dict) -> str:
    mem = f", {m['memory_bytes'] / 2**30:.0f} GiB" if m.get("memory_bytes") else ""
    return f"{m['cpu']} ({m['logical_cpus']} logical CPUs{mem}), {m['os']}, Linux {m['kernel']}" \
        if m.get("kernel") else f"{m['cpu']} ({m['logical_cpus']} logical CPUs{mem}), {m['os']}"
