"""The truth machinery: interpreters, recorded outputs, citations and opcode names.

Each check runs on the real book, and each failure mode is also shown on a fixture, so
that none of these tests could pass by checking nothing.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import citations  # noqa: E402
import pythons  # noqa: E402
import record  # noqa: E402


@pytest.fixture(scope="session")
def interpreters():
    try:
        return pythons.manifest(require=True)
    except pythons.ProvideError as exc:
        pytest.fail(f"the declared interpreters could not be provided: {exc}")


# ---------------------------------------------------------------- interpreters

def test_every_declared_version_is_provided(interpreters):
    cfg = {p["version"]: p for p in pythons.load_config()["python"]}
    assert sorted(interpreters) == sorted(cfg), "scripts/pythons.toml and the provided interpreters disagree"
    for v, info in interpreters.items():
        out = subprocess.run([info["command"], "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True, check=True).stdout.strip()
        assert out == info["exact"], f"{info['command']} reports {out}, manifest says {info['exact']}"
        assert out.startswith(v + "."), f"{info['command']} is CPython {out}, not {v}"
        assert pythons.vtuple(out) >= pythons.vtuple(cfg[v]["minimum"]), f"CPython {out} is older than {cfg[v]['minimum']}"
        assert Path(info["include"], "Python.h").is_file(), f"CPython {out}: no headers at {info['include']}"
        assert Path(info["include"], "internal", "pycore_object.h").is_file(), f"CPython {out}: no internal headers"
        assert Path(info["stdlib"], "dis.py").is_file(), f"CPython {out}: no standard library at {info['stdlib']}"
        assert info["libpython"] and Path(info["libpython"]).is_file(), f"CPython {out}: no shared libpython"


def test_sid_interpreters_run_their_internal_test_module(interpreters):
    for v, info in interpreters.items():
        subprocess.run([info["command"], "-c", "import _testinternalcapi"], check=True, capture_output=True)


def test_a_version_that_cannot_be_provided_is_an_error(tmp_path, monkeypatch):
    cfg = tmp_path / "pythons.toml"
    cfg.write_text('[[python]]\nversion = "3.99"\nminimum = "3.99.0"\nsources = ["local"]\n\n[sid]\nsuite="sid"\n'
                   'components=["main"]\nfallback_uri="http://deb.debian.org/debian"\npackages=["python{v}"]\n')
    monkeypatch.setattr(pythons, "CONFIG", cfg)
    monkeypatch.setenv("PUTH_CACHE", str(tmp_path / "cache"))
    with pytest.raises(pythons.ProvideError, match=r"CPython 3\.99 .*not found"):
        pythons.provide(quiet=True)


# ---------------------------------------------------------------- recorded outputs

def test_recorded_outputs_have_not_drifted():
    """Re-run every example on every declared interpreter; any difference fails (scripts/record.py --check)."""
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "record.py"), "--check"],
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert "0 problems" in proc.stdout


def _example(tmp_path: Path, code: str, name: str = "demo.py") -> record.Example:
    p = tmp_path / name
    p.write_text(code)
    return record.load_example(p)


def test_drift_is_reported_with_both_interpreter_versions(tmp_path, interpreters):
    ex = _example(tmp_path, "print('now')\n# record: versions=3.14\n")
    info = interpreters["3.14"]
    ex.output_path("3.14").write_text("#> CPython 3.14.9, 64-bit, default build\nbefore\n")
    out = record.run_example(ex, "3.14", info)
    problem = record.compare(ex, "3.14", pythons.label(info), out)
    assert problem and "drifted" in problem
    assert "CPython 3.14.9" in problem and f"CPython {info['exact']}" in problem
    assert "-before" in problem and "+now" in problem


def test_a_patch_upgrade_that_changes_nothing_passes(tmp_path, interpreters):
    ex = _example(tmp_path, "print('same')\n# record: versions=3.14\n")
    ex.output_path("3.14").write_text("#> CPython 3.14.9, 64-bit, default build\nsame\n")
    info = interpreters["3.14"]
    assert record.compare(ex, "3.14", pythons.label(info), record.run_example(ex, "3.14", info)) is None


def test_missing_recording_and_unexpected_exit_are_errors(tmp_path, interpreters):
    ex = _example(tmp_path, "raise SystemExit(3)\n")
    assert "no recorded output" in record.compare(ex, "3.12", "x", "")
    with pytest.raises(record.RecordError, match="exited with status 3"):
        record.run_example(ex, "3.12", interpreters["3.12"])
    ok = _example(tmp_path, "# record: exit=3\nraise SystemExit(3)\n", "expected.py")
    assert record.run_example(ok, "3.12", interpreters["3.12"]) == ""


def test_record_options_are_validated(tmp_path):
    with pytest.raises(record.RecordError, match="demo.py:1: version 3.99 is not declared"):
        _example(tmp_path, "# record: versions=3.99\n")
    with pytest.raises(record.RecordError, match="unknown record option"):
        _example(tmp_path, "# record: colour=blue\n")
    assert _example(tmp_path, "# record: versions=3.13+\n").versions == ["3.13", "3.14", "3.15"]
    assert _example(tmp_path, "# record: versions=3.12-3.13\n").versions == ["3.12", "3.13"]


def test_normalisations_are_only_addresses_and_paths(interpreters):
    info = interpreters["3.13"]
    text = (f"<code object f at 0x7f3a12bc4560, file \"{ROOT}/examples/x.py\", line 1> "
            f"{info['base_prefix']}/lib/python3.13/dis.py 0x7fffffffffffffff")
    out = record.normalise(text, info)
    assert out == "<code object f at 0x..., file \".../examples/x.py\", line 1> <prefix>/lib/python3.13/dis.py 0x7fffffffffffffff"


def test_every_example_is_shown_in_the_book():
    shown = set()
    for md in (ROOT / "docs").rglob("*.md"):
        for m in __import__("re").finditer(r"\[\[example:\s*([^\s\]]+)", md.read_text(encoding="utf-8")):
            shown.add(m.group(1))
    orphans = [p.relative_to(record.EXAMPLES).as_posix() for p in record.all_examples()
               if p.relative_to(record.EXAMPLES).as_posix() not in shown
               and not p.relative_to(record.EXAMPLES).as_posix().startswith("appendix/")]
    assert not orphans, f"examples that no page includes (include them or delete them): {orphans}"


# ---------------------------------------------------------------- citations

def _all_citations():
    found = []
    for md in sorted((ROOT / "docs").rglob("*.md")):
        found += citations.find_citations(md.read_text(encoding="utf-8"), md.relative_to(ROOT).as_posix())
    return found


def test_header_and_stdlib_citations_match_the_real_files(interpreters):
    problems = []
    for c in _all_citations():
        problems += citations.check_real_files(c, interpreters)
    assert not problems, "\n".join(problems)


def test_c_citations_are_in_the_ledger():
    problems = []
    for c in _all_citations():
        try:
            citations.check_ledger(c)
        except citations.CitationError as exc:
            problems.append(str(exc))
    assert not problems, "\n".join(problems)


def test_every_ledger_file_reads_cleanly():
    citations.ledger.cache_clear()
    citations.ledger()  # raises CitationError naming the file and entry


def test_not_opcodes_below_an_entry_is_reported(tmp_path, monkeypatch):
    (tmp_path / "x.toml").write_text('[[symbol]]\npath = "Objects/a.c"\nversions = "3.12"\nseen = "x"\n\n'
                                      'not_opcodes = ["BINARY_FOO"]\n')
    monkeypatch.setattr(citations, "LEDGER", tmp_path)
    citations.ledger.cache_clear()
    try:
        with pytest.raises(citations.CitationError, match=r"x\.toml: entry 1 .*not_opcodes.*above the first"):
            citations.ledger()
    finally:
        citations.ledger.cache_clear()


def test_exported_ledger_symbols_are_exported_by_libpython(interpreters):
    exported = citations.ledger()["exported"]
    cache = {}
    problems = []
    for (path, symbol), versions in exported.items():
        for v in versions:
            lib = interpreters[v]["libpython"]
            cache.setdefault(v, citations.exported_symbols(lib))
            if symbol not in cache[v]:
                problems.append(f"ledger: {symbol} ({path}) is not exported by libpython of CPython {interpreters[v]['exact']}")
    assert not problems, "\n".join(problems)


def test_nm_sees_the_c_api(interpreters):
    """The exported-symbol check can fail: a real API function is there, a made-up one is not."""
    syms = citations.exported_symbols(interpreters["3.14"]["libpython"])
    assert "PyList_Append" in syms and "PyList_Append_Imaginary" not in syms


def test_citation_fixtures_fail_with_page_and_line(interpreters, monkeypatch, tmp_path):
    page = "intro\n[[cpython: Include/object.h NoSuchSymbolAnywhere]]\n[[cpython: Include/nosuch.h]]\n"
    problems = []
    for c in citations.find_citations(page, "docs/fixture.md"):
        problems += citations.check_real_files(c, interpreters)
    assert any(p.startswith("docs/fixture.md:2: NoSuchSymbolAnywhere does not occur in Include/object.h") for p in problems)
    assert any(p.startswith("docs/fixture.md:3: Include/nosuch.h does not exist") for p in problems)
    with pytest.raises(citations.CitationError, match=r"docs/f\.md:1: .*Objects/nosuch\.c made_up.*no entry"):
        citations.check_ledger(citations.find_citations("[[cpython: Objects/nosuch.c made_up]]", "docs/f.md")[0])
    with pytest.raises(citations.CitationError, match=r"docs/f\.md:1: cannot read"):
        citations.find_citations("[[cpython: ]]", "docs/f.md")
    with pytest.raises(citations.CitationError, match="not a path in the CPython repository"):
        citations.find_citations("[[cpython: src/thing.c x]]", "docs/f.md")


def test_version_specific_header_symbol_is_checked_per_version(interpreters):
    # _Py_IMMORTAL_INITIAL_REFCNT is defined from 3.14 on (recorded refcounts change there); claiming 3.12 fails.
    # (3.12 has no Include/refcount.h at all: its refcount code is in object.h.)
    def has(info):
        f = Path(info["include"], "refcount.h")
        return f.is_file() and "_Py_IMMORTAL_INITIAL_REFCNT" in f.read_text()
    defined = [v for v, info in interpreters.items() if has(info)]
    missing = [v for v in interpreters if v not in defined]
    assert defined and missing, "fixture assumption: the macro exists in some versions only"
    (c,) = citations.find_citations("[[cpython: Include/refcount.h _Py_IMMORTAL_INITIAL_REFCNT]]", "docs/f.md")
    problems = citations.check_real_files(c, interpreters)
    assert len(problems) == len(missing), problems
    assert all(p.startswith("docs/f.md:1: ") for p in problems)
    (c,) = citations.find_citations("[[cpython: Include/refcount.h _Py_IMMORTAL_INITIAL_REFCNT @3.14+]]", "docs/f.md")
    assert citations.check_real_files(c, interpreters) == []


# ---------------------------------------------------------------- opcodes

def test_opcode_sets_come_from_every_declared_version():
    sets = citations.opcode_sets()
    assert sorted(sets) == sorted(pythons.declared_versions())
    for v, names in sets.items():
        assert "RESUME" in names and "BINARY_OP" in names and len(names) > 150, v


def test_opcode_names_are_checked_against_claimed_versions():
    check = citations.check_opcodes
    assert check("Loads use `LOAD_FAST` everywhere.", "docs/f.md") == []
    assert check("`LOAD_FAST_BORROW` (3.14+) borrows.", "docs/f.md") == []
    (p,) = check("Since forever, `LOAD_FAST_BORROW` borrows.", "docs/f.md")
    assert p.startswith("docs/f.md:1: opcode LOAD_FAST_BORROW is not an instruction of CPython 3.12, 3.13")
    (p,) = check("x\n`BINARY_ADD` (3.12+)", "docs/f.md")
    assert p.startswith("docs/f.md:2: opcode BINARY_ADD is not an instruction of CPython 3.12, 3.13, 3.14, 3.15")
    (p,) = check("`LOAD_FAST_BORRROW` (3.14+)", "docs/f.md")
    assert "no declared version has it" in p
    tabbed = '=== "3.14"\n\n    `LOAD_FAST_BORROW` here\n\n=== "3.12"\n\n    `LOAD_FAST_BORROW` not here\n'
    (p,) = check(tabbed, "docs/f.md")
    assert p.startswith("docs/f.md:7:")


def test_every_page_passes_the_opcode_check():
    problems = []
    for md in sorted((ROOT / "docs").rglob("*.md")):
        problems += citations.check_opcodes(md.read_text(encoding="utf-8"), md.relative_to(ROOT).as_posix())
    assert not problems, "\n".join(problems)


def test_what_changed_data_is_json_from_each_version():
    ex = record.load_example(record.EXAMPLES / "appendix" / "facts.py")
    for v, (label, text) in record.recorded_outputs(ex).items():
        data = json.loads(text)
        assert label.startswith(f"CPython {data['version']},") and data["version"].startswith(v + ".")


def test_version_guide_lists_sections_whose_recordings_differ(tmp_path):
    sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
    import render_tables

    (tmp_path / "page.md").write_text(
        "# A page\n\n## Sizes and `gc`\n\n[[example: appendix/facts.py output=no]]\n\n"
        "## Exercises\n\n[[example: appendix/opcodes.py]]\n", encoding="utf-8")
    found = render_tables._changed_sections(tmp_path, skip="none.md")
    # facts.py records a different GC threshold on 3.13 than on 3.12 (700 vs 2000)
    assert ("page.md", "A page", "Sizes and gc", "sizes-and-gc") in found[("3.12", "3.13")]
    # examples under Exercises are not counted
    assert all(e[2] != "Exercises" for entries in found.values() for e in entries)
    real = render_tables._changed_sections(ROOT / "docs", skip="appendix/what-changed.md")
    assert any(e[0] == "object-model/integers-and-floats.md" for e in real[("3.14", "3.15")]), \
        "the small-int cache change of 3.15 should list the integers chapter"
