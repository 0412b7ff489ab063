#!/usr/bin/env python3
"""Run the benchmark harness on every declared interpreter and commit what it measured.

    python3 scripts/bench.py                       # every group, every interpreter (= make bench)
    python3 scripts/bench.py --only calls,lookups  # re-measure some groups, keep the others
    python3 scripts/bench.py --versions 3.14       # some interpreters only
    python3 scripts/bench.py --quick --out DIR     # a smoke run (the tests use it), written elsewhere

The harness is examples/performance/lab/harness.py (Part IV's lab); this script only
decides where and how often it runs. Method:

- every interpreter that scripts/pythons.py provides, plus a "-jit" variant of each whose
  build has the experimental JIT available (run with PYTHON_JIT=1; the plain run sets
  PYTHON_JIT=0);
- PROCESSES fresh processes per interpreter, interleaved (3.12, 3.13, ..., 3.12, 3.13, ...)
  so that a slow minute of the machine does not land on one version only; each process
  calibrates, warms up and takes SAMPLES samples per timed case, and all samples are kept;
- memory cases once per interpreter (they are exact and repeatable), each in its own process;
- the environment is built from scratch as for recorded examples (PYTHONHASHSEED=0, no
  PYTHON* variable of the caller).

Results go to examples/performance/lab/results/<variant>.json with the machine, the
interpreter build, the method and the hash of each benchmark module, so the tests can tell
stale results from fresh ones. The pages read these files through [[bench: ...]]
directives (overrides/hooks/render_bench.py): no number on a page is typed by hand.
"""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pythons  # noqa: E402
import record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LAB = ROOT / "examples" / "performance" / "lab"
sys.path.insert(0, str(LAB))
import harness  # noqa: E402  (only its statistics: the harness itself runs in each interpreter)
RESULTS = LAB / "results"
TIMEOUT = 1800


class BenchError(RuntimeError):
    pass


def machine() -> dict:
    """What the numbers were measured on."""
    def read(path: str) -> str:
        try:
            return Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    cpu = next((ln.split(":", 1)[1].strip() for ln in read("/proc/cpuinfo").splitlines()
                if ln.startswith("model name")), platform.processor() or "unknown")
    mem = next((int(ln.split()[1]) * 1024 for ln in read("/proc/meminfo").splitlines()
                if ln.startswith("MemTotal:")), None)
    os_name = next((ln.split("=", 1)[1].strip().strip('"') for ln in read("/etc/os-release").splitlines()
                    if ln.startswith("PRETTY_NAME=")), platform.system())
    governor = read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor").strip() or None
    return {"cpu": cpu, "logical_cpus": os.cpu_count(), "memory_bytes": mem, "os": os_name,
            "kernel": platform.release(), "arch": platform.machine(), "cpu_governor": governor,
            "loadavg_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}


def variants(versions: list[str], jit: bool) -> list[dict]:
    man = pythons.manifest(require=True)
    out = []
    for v in versions:
        info = man[v]
        out.append({"variant": v, "version": v, "info": info, "env": {"PYTHON_JIT": "0"}})
        if jit:
            probe = subprocess.run([info["command"], "-c", "import sys; j = getattr(sys, '_jit', None); "
                                    "print(bool(j and j.is_available()))"], capture_output=True, text=True)
            if probe.stdout.strip() == "True":
                out.append({"variant": f"{v}-jit", "version": v, "info": info, "env": {"PYTHON_JIT": "1"}})
    return out


def run_harness(var: dict, only: list[str] | None, kinds: str, samples: int, target_ms: float,
                quick: bool) -> dict:
    argv = var["info"].get("argv") or [var["info"]["command"]]
    env = {
        **record.clean_env(var["info"]),
        # Started without the shell wrapper of the Debian builds (pythons.py "argv"), so that
        # start-up times compare interpreters, not wrappers; children start the same way.
        # Process pools need one executable file: the wrapper.
        "BENCH_PYTHON": shlex.join(argv), "BENCH_PYTHON_EXECUTABLE": var["info"]["command"],
        **var["info"].get("env", {}), **var["env"],
    }
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [*argv, "-s", "-X", "utf8", "harness.py", "run", "--json", str(out),
               "--kinds", kinds, "--samples", str(samples), "--target-ms", str(target_ms)]
        if only:
            cmd += ["--only", ",".join(only)]
        if quick:
            cmd.append("--quick")
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=LAB, env=env, capture_output=True, text=True, timeout=TIMEOUT)
        if proc.returncode:
            raise BenchError(f"harness failed under {var['variant']} (CPython {var['info']['exact']}):\n"
                             f"{proc.stderr[-4000:]}")
        result = json.loads(out.read_text(encoding="utf-8"))
        result["seconds"] = time.perf_counter() - t0
        return result


def summarise(values: list[float]) -> dict:
    """The harness's statistics plus the quartiles, over the samples of every process."""
    import statistics
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return {**harness.stats(values), "q1": q[0], "q3": q[2]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated groups (default: all)")
    ap.add_argument("--versions", help="comma-separated declared versions (default: all)")
    ap.add_argument("--processes", type=int, default=3)
    ap.add_argument("--samples", type=int, default=7, help="samples per case per process")
    ap.add_argument("--target-ms", type=float, default=20.0, help="minimum duration of one sample")
    ap.add_argument("--no-jit", action="store_true", help="skip the -jit variants")
    ap.add_argument("--quick", action="store_true", help="1 process, 3 short samples: a smoke run")
    ap.add_argument("--out", type=Path, default=RESULTS, help="results folder")
    args = ap.parse_args(argv)

    declared = pythons.declared_versions()
    versions = args.versions.split(",") if args.versions else declared
    if bad := [v for v in versions if v not in declared]:
        ap.error(f"not declared in scripts/pythons.toml: {bad}")
    only = args.only.split(",") if args.only else None
    processes, samples, target = (1, 3, 2.0) if args.quick else (args.processes, args.samples, args.target_ms)
    started, t0 = datetime.now(timezone.utc), time.perf_counter()
    where = machine()
    vars_ = variants(versions, jit=not args.no_jit)
    print(f"benchmarking {', '.join(v['variant'] for v in vars_)}: {processes} process(es) x {samples} samples "
          f"x >= {target} ms; groups: {args.only or 'all'}", flush=True)

    runs: dict[str, list[dict]] = {v["variant"]: [] for v in vars_}
    for p in range(processes):
        for var in vars_:
            r = run_harness(var, only, "timed,wall", samples, target, args.quick)
            runs[var["variant"]].append(r)
            print(f"  process {p + 1}/{processes} {var['variant']:<8} {r['seconds']:6.1f} s", flush=True)
    mems = {}
    for var in vars_:
        mems[var["variant"]] = run_harness(var, only, "memory", samples, target, args.quick)
        print(f"  memory     {var['variant']:<8} {mems[var['variant']]['seconds']:6.1f} s", flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    lock = open(args.out / ".lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)  # two partial runs at once must not lose each other's groups
    measured = started.isoformat(timespec="seconds")
    method = {"processes": processes, "samples_per_process": samples, "target_ms": target, "quick": args.quick,
              "interleaved": True, "command": "python3 scripts/bench.py" + (f" --only {args.only}" if only else "")}
    for var in vars_:
        path = args.out / f"{var['variant']}.json"
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() and only else {"groups": {}}
        first = runs[var["variant"]][0]
        interp = {**first["interpreter"], "label": pythons.label(var["info"]), "source": var["info"]["source"],
                  "env": var["env"]}
        groups = old["groups"]
        for gname, g in first["groups"].items():
            cases = {}
            for cname, c in g["cases"].items():
                all_samples = [s for r in runs[var["variant"]] for s in r["groups"][gname]["cases"][cname]["samples"]]
                cases[cname] = {"kind": c["kind"], "doc": c["doc"],
                                "loops": [r["groups"][gname]["cases"][cname]["loops"] for r in runs[var["variant"]]],
                                "samples": all_samples, "stats": summarise(all_samples)}
            for cname, c in mems[var["variant"]]["groups"][gname]["cases"].items():
                cases[cname] = {"kind": "memory", "doc": c["doc"], "bytes": c["bytes"], "count": c["count"]}
            seconds = sum(r["seconds"] for r in runs[var["variant"]]) + mems[var["variant"]]["seconds"]
            groups[gname] = {"title": g["title"], "hash": g["hash"], "measured": measured, "machine": where,
                             "method": method, "cases": cases}
        data = {"variant": var["variant"], "version": var["version"], "interpreter": interp,
                "groups": dict(sorted(groups.items()))}
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    fcntl.flock(lock, fcntl.LOCK_UN)
    lock.close()
    elapsed = time.perf_counter() - t0
    if not only and versions == declared:
        summary = {"started": measured, "duration_s": round(elapsed, 1), "variants": [v["variant"] for v in vars_],
                   "machine": {**where, "loadavg_at_end": list(os.getloadavg())}, "method": method}
        (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out} in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as e:
        sys.exit(f"error: {e}")
