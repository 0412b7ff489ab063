#!/usr/bin/env python3
"""Record what every example prints under every declared CPython, or check that it still does.

    python3 scripts/record.py                 # (re-)record every example under examples/
    python3 scripts/record.py examples/journey  # only these files or folders
    python3 scripts/record.py --check         # re-run everything; fail on any drift

An example is a runnable file, examples/<part>/<name>.py. Its output under CPython X.Y is
written beside it as <name>.X.Y.txt. The first line of that file names the exact
interpreter (`#> CPython 3.14.10, 64-bit, default build`); the rest is what the program
wrote to stdout and stderr, interleaved, after the normalisations below.

An example may narrow what is recorded with header comments in its first lines:

    # record: versions=3.13-3.15     (or 3.14+, or 3.12,3.15; default: every declared version)
    # record: exit=1                 (expected exit status; default 0)

Runs are deterministic by construction: PYTHONHASHSEED=0, an environment built from
scratch (no PYTHON* variable of the caller, no user site-packages), UTF-8 I/O, no colour, the example's own folder as
the working directory. The only normalisations, applied to every output:

1. memory addresses in reprs: `at 0x7f3a...` becomes `at 0x...`;
2. absolute paths: this repository's root becomes `.../`, an interpreter's installation
   prefix becomes `<prefix>/`.

Anything else that differs between runs is a bug in the example, not something to hide.
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pythons  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
HEADER = "#> "
TIMEOUT = 180


class RecordError(RuntimeError):
    pass


@dataclass
class Example:
    path: Path
    versions: list[str]
    exit: int

    @property
    def rel(self) -> str:
        return self.path.relative_to(ROOT).as_posix() if self.path.is_relative_to(ROOT) else str(self.path)

    def output_path(self, version: str) -> Path:
        return self.path.with_name(f"{self.path.stem}.{version}.txt")


def parse_versions(spec: str, declared: list[str], where: str) -> list[str]:
    def key(v: str) -> tuple[int, int]:
        a, b = v.split(".")
        return int(a), int(b)

    spec = spec.strip()
    out: list[str] = []
    for part in spec.split(","):
        part = part.strip().replace("\u2013", "-")
        if m := re.fullmatch(r"(3\.\d+)\+", part):
            out += [v for v in declared if key(v) >= key(m.group(1))]
        elif m := re.fullmatch(r"(3\.\d+)-(3\.\d+)", part):
            out += [v for v in declared if key(m.group(1)) <= key(v) <= key(m.group(2))]
        elif re.fullmatch(r"3\.\d+", part):
            if part not in declared:
                raise RecordError(f"{where}: version {part} is not declared in scripts/pythons.toml")
            out.append(part)
        else:
            raise RecordError(f"{where}: cannot read versions {spec!r} (use 3.13, 3.13+, 3.12-3.14 or 3.12,3.15)")
    if not out:
        raise RecordError(f"{where}: versions {spec!r} select no declared version")
    return sorted(set(out), key=key)


def load_example(path: Path, declared: list[str] | None = None) -> Example:
    declared = declared or pythons.declared_versions()
    versions, exit_code = list(declared), 0
    rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines()[:30], 1):
        m = re.match(r"#\s*record:\s*(\w+)\s*=\s*(.+?)\s*$", line)
        if not m:
            continue
        key, value = m.groups()
        if key == "versions":
            versions = parse_versions(value, declared, f"{rel}:{lineno}")
        elif key == "exit":
            exit_code = int(value)
        else:
            raise RecordError(f"{rel}:{lineno}: unknown record option {key!r} (versions, exit)")
    return Example(path, versions, exit_code)


def is_example(p: Path) -> bool:
    """Every .py under examples/ except a lab's own tests (test_*.py), which tests/test_labs.py runs."""
    return "__pycache__" not in p.parts and not p.name.startswith("test_")


def all_examples() -> list[Path]:
    return sorted(p for p in EXAMPLES.rglob("*.py") if is_example(p))


def normalise(text: str, info: dict) -> str:
    text = re.sub(r"\bat 0x[0-9a-fA-F]+", "at 0x...", text)
    prefixes = {info["base_prefix"], os.path.realpath(info["base_prefix"])}
    for prefix in sorted(prefixes, key=len, reverse=True):
        text = text.replace(prefix.rstrip("/") + "/", "<prefix>/")
    text = text.replace(str(ROOT) + "/", ".../")
    return text


def clean_env(info: dict) -> dict:
    """The environment every run of an example (and of the benchmark harness) starts from."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHON_COLORS": "0",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "COLUMNS": "100",
        # How to start this interpreter again: sys.executable is not enough for an
        # interpreter run through its own loader (the Debian builds, see pythons.py).
        "BENCH_PYTHON": info["command"],
    }


def run_example(ex: Example, version: str, info: dict) -> str:
    env = clean_env(info)
    # Not -I: it would ignore PYTHONHASHSEED. The environment above is built from scratch
    # instead, so no PYTHON* variable of the caller leaks in; -s drops user site-packages.
    cmd = [info["command"], "-s", "-X", "utf8", ex.path.name]
    try:
        proc = subprocess.run(
            cmd, cwd=ex.path.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            timeout=TIMEOUT, text=True, encoding="utf-8", errors="replace",
        )
    except subprocess.TimeoutExpired:
        raise RecordError(f"{ex.rel}: timed out after {TIMEOUT}s under CPython {info['exact']}")
    if proc.returncode != ex.exit:
        raise RecordError(
            f"{ex.rel}: exited with status {proc.returncode} under CPython {info['exact']} "
            f"(expected {ex.exit}; declare '# record: exit={proc.returncode}' if that is the point):\n"
            + proc.stdout[-3000:]
        )
    return normalise(proc.stdout, info)


def read_recorded(path: Path) -> tuple[str, str]:
    """(interpreter label, output) of a recorded file."""
    text = path.read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    if not first.startswith(HEADER):
        raise RecordError(f"{path.relative_to(ROOT)}:1: recorded output has no '{HEADER}CPython ...' header line")
    return first[len(HEADER):], rest


def recorded_outputs(ex: Example) -> dict[str, tuple[str, str]]:
    """version -> (label, output) for every version the example declares; raises if one is missing."""
    out = {}
    for v in ex.versions:
        p = ex.output_path(v)
        if not p.exists():
            raise RecordError(f"{ex.rel}: no recorded output for CPython {v} ({p.name}); run `make record`")
        out[v] = read_recorded(p)
    return out


def compare(ex: Example, version: str, label: str, output: str) -> str | None:
    """None if `output` (from the interpreter named by `label`) matches the recording, else the problem."""
    path = ex.output_path(version)
    if not path.exists():
        return f"{ex.rel}: no recorded output for CPython {version} ({path.name}); run `make record`"
    try:
        old_label, old = read_recorded(path)
    except RecordError as exc:
        return str(exc)
    if old == output:
        return None
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    diff = "".join(difflib.unified_diff(
        old.splitlines(True), output.splitlines(True), f"{shown} (recorded with {old_label})", f"now ({label})"))
    return (f"{ex.rel}: output drifted for CPython {version}: recorded with {old_label}, now {label}. "
            f"Re-record with `make record` and review the diff.\n{diff}")


def stray_outputs() -> list[str]:
    """Recorded files whose example or version no longer exists."""
    declared = pythons.declared_versions()
    problems = []
    for txt in sorted(EXAMPLES.rglob("*.txt")):
        m = re.fullmatch(r"(.+)\.(3\.\d+)\.txt", txt.name)
        if not m:
            continue
        src = txt.with_name(m.group(1) + ".py")
        if not src.exists():
            problems.append(f"{txt.relative_to(ROOT)}: recorded output of a missing example {src.name}")
            continue
        ex = load_example(src, declared)
        if m.group(2) not in ex.versions:
            problems.append(f"{txt.relative_to(ROOT)}: CPython {m.group(2)} is not a version {src.name} records")
    return problems


def collect(targets: list[str]) -> list[Path]:
    if not targets:
        return all_examples()
    files: list[Path] = []
    for t in targets:
        p = (Path.cwd() / t).resolve()
        if p.is_dir():
            files += sorted(q for q in p.rglob("*.py") if is_example(q))
        elif p.suffix == ".py" and p.exists():
            files.append(p)
        else:
            raise RecordError(f"{t}: not an example file or folder")
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Record or check example outputs.")
    ap.add_argument("targets", nargs="*", help="example files or folders (default: all of examples/)")
    ap.add_argument("--check", action="store_true", help="re-run and fail on any drift; write nothing")
    ap.add_argument("-j", "--jobs", type=int, default=max(2, os.cpu_count() or 2))
    args = ap.parse_args(argv)
    try:
        interpreters = pythons.manifest(require=True)
        declared = pythons.declared_versions()
        examples = [load_example(p, declared) for p in collect(args.targets)]
    except (RecordError, pythons.ProvideError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    jobs = [(ex, v) for ex in examples for v in ex.versions]

    def work(job):
        ex, v = job
        info = interpreters[v]
        try:
            return ex, v, info, run_example(ex, v, info), None
        except RecordError as exc:
            return ex, v, info, None, str(exc)

    problems: list[str] = []
    written = unchanged = 0
    with ThreadPoolExecutor(args.jobs) as pool:
        for ex, v, info, output, err in pool.map(work, jobs):
            if err:
                problems.append(err)
                continue
            path = ex.output_path(v)
            label = pythons.label(info)
            if args.check:
                problem = compare(ex, v, label, output)
                if problem:
                    problems.append(problem)
                else:
                    unchanged += 1
            else:
                new = f"{HEADER}{label}\n{output}"
                if path.exists() and path.read_text(encoding="utf-8") == new:
                    unchanged += 1
                else:
                    path.write_text(new, encoding="utf-8")
                    written += 1
    if not args.targets:
        problems += stray_outputs()
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    verb = "checked" if args.check else "recorded"
    print(f"{verb} {len(jobs)} outputs of {len(examples)} examples: {unchanged} unchanged, "
          f"{written} written, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
