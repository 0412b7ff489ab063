"""The committed benchmark results (examples/performance/lab/results/) are complete, fresh and plausible.

Timings are checked for presence, shape and plausibility, and against a quick re-run on
this machine within a wide factor; memory sizes are checked exactly. Part IV pages may not
type a measured number: it must come from a [[bench: ...]] directive.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import benchdata as bd  # noqa: E402
import mdscan  # noqa: E402
import pythons  # noqa: E402

RERUN = "re-measure with `make bench` (or `python3 scripts/bench.py --only GROUP`)"
# A quick re-run on the same machine lands well inside this factor of the committed median;
# a case whose work changed without re-measuring, or results from another harness, do not.
FACTOR = 5.0
# Spread of one case's samples, as the ratio of the third quartile to the first.
SPREAD = 1.5        # wider than this is a spread case ...
BUSY_SHARE = 0.05   # ... and more than 5% of spread cases in one interpreter's results is a busy machine
WILD = 4.0          # a single case this wide measures nothing stable


@pytest.fixture(scope="module")
def results():
    data = bd.results()
    assert data, f"no results in {bd.RESULTS.relative_to(ROOT)}: {RERUN}"
    return data


@pytest.fixture(scope="module")
def catalogues():
    """version -> the harness's own list of groups and cases, as that interpreter sees them."""
    out = {}
    for v, info in pythons.manifest(require=True).items():
        proc = subprocess.run([info["command"], "-s", "harness.py", "_list"], cwd=bd.LAB, capture_output=True,
                              text=True, timeout=300, env={"PATH": "/usr/bin:/bin", "BENCH_PYTHON": info["command"]})
        assert proc.returncode == 0, f"harness.py _list failed under {v}:\n{proc.stderr}"
        out[v] = json.loads(proc.stdout)
    return out


@pytest.fixture(scope="module")
def jit_variants():
    out = []
    for v, info in pythons.manifest(require=True).items():
        proc = subprocess.run([info["command"], "-c", "import sys; j = getattr(sys, '_jit', None); "
                               "print(bool(j and j.is_available()))"], capture_output=True, text=True)
        if proc.stdout.strip() == "True":
            out.append(f"{v}-jit")
    return out


def test_every_interpreter_has_results(results, jit_variants):
    expected = pythons.declared_versions() + jit_variants
    assert sorted(results, key=bd.vkey) == sorted(expected, key=bd.vkey), (
        f"results for {sorted(results)}, expected {sorted(expected)}: {RERUN}")


def test_results_name_the_interpreters_provided_now(results):
    man = pythons.manifest(require=True)
    for variant, data in results.items():
        info = man[data["version"]]
        assert data["interpreter"]["version"] == info["exact"], (
            f"results/{variant}.json was measured with CPython {data['interpreter']['version']}, "
            f"this machine provides {info['exact']}: {RERUN}")
        assert data["interpreter"]["jit_enabled"] == variant.endswith("-jit"), f"{variant}: JIT state"


def test_every_case_of_the_harness_was_measured_and_is_fresh(results, catalogues):
    problems = []
    for variant, data in results.items():
        cat = catalogues[data["version"]]
        if extra := set(data["groups"]) - set(cat):
            problems.append(f"{variant}: results for groups the harness no longer has: {sorted(extra)}")
        for gname, g in cat.items():
            got = data["groups"].get(gname)
            if got is None:
                problems.append(f"{variant}: group {gname} was never measured")
                continue
            if got["hash"] != g["hash"]:
                problems.append(f"{variant}: group {gname} changed since it was measured")
            want = {c for c, meta in g["cases"].items() if meta["runs_here"]}
            if set(got["cases"]) != want:
                problems.append(f"{variant}: group {gname} has cases {sorted(got['cases'])}, the harness {sorted(want)}")
    assert not problems, "\n".join(problems) + f"\n{RERUN}"


def test_results_are_a_real_measurement(results):
    problems = []
    for variant, data in results.items():
        for gname, g in data["groups"].items():
            m = g["method"]
            if m.get("quick") or m["processes"] < 3 or m["samples_per_process"] < 5:
                problems.append(f"{variant}/{gname}: measured with {m} (a smoke run); the book needs "
                                ">= 3 processes x >= 5 samples")
            for key in ("cpu", "logical_cpus", "os", "kernel", "arch"):
                if not g["machine"].get(key):
                    problems.append(f"{variant}/{gname}: machine.{key} missing")
    assert not problems, "\n".join(problems) + f"\n{RERUN}"


def test_timings_are_plausible(results):
    problems = []
    for variant, data in results.items():
        for gname, g in data["groups"].items():
            m = g["method"]
            for cname, c in g["cases"].items():
                where = f"{variant}: {gname}.{cname}"
                if c["kind"] == "memory":
                    if not (isinstance(c["bytes"], int) and c["bytes"] > 0 and c["count"] > 0):
                        problems.append(f"{where}: {c['bytes']} bytes for {c['count']} items")
                    continue
                s, samples = c["stats"], c["samples"]
                if len(samples) != m["processes"] * m["samples_per_process"] or s["n"] != len(samples):
                    problems.append(f"{where}: {len(samples)} samples, expected {m['processes'] * m['samples_per_process']}")
                if not s["min"] <= s["q1"] <= s["median"] <= s["q3"] <= s["max"]:
                    problems.append(f"{where}: statistics out of order {s}")
                if abs(s["median"] - sorted(samples)[len(samples) // 2]) > s["max"] - s["min"] + 1e-9:
                    problems.append(f"{where}: median does not match the samples")
                low, high = (0.1, 1e7) if c["kind"] == "timed" else (1e4, 6e10)
                if not low <= s["median"] <= high:
                    problems.append(f"{where}: median {s['median']:.3g} ns outside [{low:g}, {high:g}]")
                if s["q3"] > WILD * s["q1"]:
                    problems.append(f"{where}: the middle half of the samples spans more than {WILD:g}x "
                                    f"({bd.fmt_time(s['q1'])} to {bd.fmt_time(s['q3'])}): the case measures nothing stable")
        # One case may be spread by nature (noise.build_gc_on shows collector pauses); many
        # spread cases at once mean the machine was busy while it was measured.
        spread = [f"{g}.{c}" for g, gg in data["groups"].items() for c, cc in gg["cases"].items()
                  if cc["kind"] != "memory" and cc["stats"]["q3"] > SPREAD * cc["stats"]["q1"]]
        timed = sum(cc["kind"] != "memory" for gg in data["groups"].values() for cc in gg["cases"].values())
        if len(spread) > BUSY_SHARE * timed:
            problems.append(f"{variant}: {len(spread)} of {timed} cases have a middle half wider than {SPREAD:g}x "
                            f"({', '.join(spread[:8])}...): the machine was busy")
    assert not problems, "\n".join(problems) + f"\n{RERUN} on a quiet machine"


def test_the_full_run_is_summarised(results):
    s = bd.summary()
    assert s, f"results/summary.json is missing: a full `make bench` writes it"
    assert sorted(s["variants"], key=bd.vkey) == list(results), "summary.json is from another run"
    assert s["duration_s"] > 0 and s["machine"]["cpu"]


@pytest.fixture(scope="module")
def quick_rerun(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--out", str(out)],
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    return bd.results(out)


def test_a_quick_rerun_agrees(results, quick_rerun):
    """Memory sizes exactly; timings within FACTOR of the committed medians."""
    problems = []
    for variant, data in results.items():
        for gname, g in data["groups"].items():
            for cname, c in g["cases"].items():
                new = quick_rerun[variant]["groups"][gname]["cases"][cname]
                where = f"{variant}: {gname}.{cname}"
                if c["kind"] == "memory":
                    if (new["bytes"], new["count"]) != (c["bytes"], c["count"]):
                        problems.append(f"{where}: {new['bytes']:,} bytes now, {c['bytes']:,} committed (memory sizes "
                                        "must be exact: re-measure, and fix the case if it varies between runs)")
                    continue
                ratio = new["stats"]["median"] / c["stats"]["median"]
                if not 1 / FACTOR <= ratio <= FACTOR:
                    problems.append(f"{where}: {bd.fmt_time(new['stats']['median'])} now, "
                                    f"{bd.fmt_time(c['stats']['median'])} committed ({ratio:.2f}x)")
    assert not problems, "\n".join(problems) + f"\n{RERUN}"


# ---------------------------------------------------------------- pages

PERF_PAGES = sorted((ROOT / "docs" / "performance").glob("*.md"))
TYPED_NUMBER = re.compile(
    r"(?<![\w.])\d[\d,.]*\s?(?:ns|µs|us|ms|seconds?|milliseconds?|microseconds?|nanoseconds?)\b"
    r"|(?<![\w.])\d[\d,.]*\s?(?:×|x)(?=\s|$|[,.;:)])"
    r"|(?<![\w.])\d[\d,.]*\s?(?:%|per ?cent)\s+(?:faster|slower|less|more|of the time)"
    r"|(?<![\w.])\d[\d,.]*\s+times\s+(?:faster|slower|as fast|less|more)",
    re.I)


@pytest.mark.parametrize("page", PERF_PAGES, ids=lambda p: p.name)
def test_part_iv_types_no_measured_number(page):
    text = page.read_text(encoding="utf-8")
    problems = []
    for lineno, line, fenced in mdscan.lines_outside_fences(text):
        if fenced or line.lstrip().startswith(("[[", "<")):
            continue
        masked = re.sub(r"\[\[bench:[^\]]*\]\]", " ", mdscan.mask_inline_code(line))
        for m in TYPED_NUMBER.finditer(masked):
            problems.append(f"{page.relative_to(ROOT)}:{lineno}: {m.group(0)!r} looks like a measured number typed "
                            "by hand; use [[bench: value ...]] or [[bench: ratio ...]] (overrides/hooks/render_bench.py)")
    assert not problems, "\n".join(problems)


def test_the_typed_number_check_can_fail():
    for bad in ("a call costs 41 ns here", "it is 2.5× faster", "about 30% faster", "3 times faster"):
        assert TYPED_NUMBER.search(bad), bad
    for fine in ("Python 3.14", "100,000 items", "2 processes", "the 3.12 build"):
        assert not TYPED_NUMBER.search(fine), fine
