"""Bad input from a contributor stops the build, with a message that names the file (and line).

Every case builds a small fixture site with the book's real configuration and hooks
(tests/fixture_site.py). The first case builds a good fixture, so that the failures
below are caused by the bad input and not by the fixture.
"""
from __future__ import annotations

import re

import pytest

import fixture_site
from fixture_site import page

GOOD = {
    "index.md": page("# Home\n\nSee [the chapter](chapter.md#a-section).\n"),
    "chapter.md": page("# Chapter\n\n## A section\n\nText with `LOAD_FAST`.\n\n[[example: appendix/facts.py output=no]]\n"),
}


def build_with(tmp_path, **changes):
    pages = dict(GOOD)
    nav = changes.pop("nav", None)
    pages.update(changes)
    return fixture_site.build(tmp_path, {k.replace("__", "/"): v for k, v in pages.items()}, nav=nav)


def assert_fails(proc, *patterns):
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, f"the build should have failed:\n{out}"
    for pat in patterns:
        assert re.search(pat, out), f"expected {pat!r} in the build output:\n{out}"


def test_good_fixture_builds(tmp_path):
    proc = build_with(tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not re.search(r"^(WARNING|ERROR)\b", proc.stderr, re.M), proc.stderr


def test_broken_internal_link(tmp_path):
    proc = build_with(tmp_path, **{"index.md": page("# Home\n\nSee [nothing](missing.md).\n")})
    assert_fails(proc, r"Doc file 'index\.md' contains a link 'missing\.md', but the target is not found")


def test_missing_anchor(tmp_path):
    proc = build_with(tmp_path, **{"index.md": page("# Home\n\nSee [x](chapter.md#no-such-section).\n")})
    assert_fails(proc, r"Doc file 'index\.md' contains a link 'chapter\.md#no-such-section'.*(anchor|not found)")


def test_page_missing_from_nav(tmp_path):
    proc = build_with(tmp_path, **{"orphan.md": page("# Orphan\n")}, nav=["index.md", "chapter.md"])
    assert_fails(proc, r"not included in the \"nav\" configuration", r"orphan\.md")


def test_missing_snippet_file(tmp_path):
    proc = build_with(tmp_path, **{"chapter.md": page('# Chapter\n\n## A section\n\n```python\n--8<-- "examples/no/such_file.py"\n```\n')})
    assert_fails(proc, r"chapter\.md", r"examples/no/such_file\.py")


def test_missing_example(tmp_path):
    proc = build_with(tmp_path, **{"chapter.md": page("# Chapter\n\n## A section\n\n[[example: nowhere/nothing.py]]\n")})
    assert_fails(proc, r"docs/chapter\.md:9: example file examples/nowhere/nothing\.py does not exist")


def test_example_without_recorded_output(tmp_path):
    proc = build_with(tmp_path, **{"chapter.md": page(
        "# Chapter\n\n## A section\n\n[[example: ../tests/fixtures/unrecorded.py]]\n")})
    assert_fails(proc, r"docs/chapter\.md:9: .*unrecorded\.py: no recorded output for CPython 3\.12.*make record")


def test_example_directive_with_unknown_option(tmp_path):
    proc = build_with(tmp_path, **{"chapter.md": page("# Chapter\n\n[[example: appendix/facts.py colour=red]]\n")})
    assert_fails(proc, r"docs/chapter\.md:7: unknown option 'colour=red'")


def test_example_section_that_does_not_exist(tmp_path):
    proc = build_with(tmp_path, **{"chapter.md": page("# Chapter\n\n[[example: appendix/facts.py section=nope]]\n")})
    assert_fails(proc, r"docs/chapter\.md:7: examples/appendix/facts\.py has no section 'nope'")


def test_unledgered_c_citation(tmp_path):
    proc = build_with(tmp_path, **{"chapter.md": page(
        "# Chapter\n\nAs [[cpython: Objects/nosuchobject.c nosuch_function @3.14]] shows.\n")})
    assert_fails(proc, r"docs/chapter\.md:7: citation of Objects/nosuchobject\.c nosuch_function for CPython 3\.14 has no entry")


def test_opcode_absent_from_claimed_version(tmp_path):
    proc = build_with(tmp_path, **{"chapter.md": page("# Chapter\n\nEvery version uses `LOAD_FAST_BORROW`.\n")})
    assert_fails(proc, r"docs/chapter\.md:7: opcode LOAD_FAST_BORROW is not an instruction of CPython 3\.12, 3\.13")


def test_unknown_generated_table(tmp_path):
    proc = build_with(tmp_path, **{"chapter.md": page("# Chapter\n\n[[what-changed: weather]]\n")})
    assert_fails(proc, r"docs/chapter\.md:7: unknown directive")


@pytest.mark.parametrize("line", ["[[cpython: Objects/x.c", "text [[example: appendix/facts.py]] text"])
def test_malformed_directives(tmp_path, line):
    proc = build_with(tmp_path, **{"chapter.md": page(f"# Chapter\n\n{line}\n")})
    if "example" in line:
        assert_fails(proc, r"docs/chapter\.md:7: an \[\[example: \.\.\.\]\] directive must stand alone")
    else:
        assert_fails(proc, r"docs/chapter\.md:7: unreadable directive")


GLOSSARY = "# Glossary\n\n### Arena\nThe largest block of memory that the allocator requests at once.\n\n"


def test_glossary_term_defined_twice(tmp_path):
    twice = GLOSSARY + "### Pool\nA block inside an arena, for objects of one size.\n\n### arena\nSomething else again, defined a second time.\n"
    proc = build_with(tmp_path, **{"appendix__glossary.md": page(twice)})
    assert_fails(proc, r"docs/appendix/glossary\.md:\d+: 'arena' is already defined by 'Arena' at line \d+")


def test_glossary_term_without_definition(tmp_path):
    proc = build_with(tmp_path, **{"appendix__glossary.md": page(GLOSSARY + "### Pool\n\n## Next letter\n")})
    assert_fails(proc, r"docs/appendix/glossary\.md:\d+: the term 'Pool' has no definition")


def test_link_to_an_undefined_glossary_term(tmp_path):
    proc = build_with(tmp_path, **{"appendix__glossary.md": page(GLOSSARY),
                                   "index.md": page("# Home\n\nSee [pool](appendix/glossary.md#pool).\n")})
    assert_fails(proc, r"index\.md.*appendix/glossary\.md#pool")


# ---------------------------------------------------------------- [[bench: ...]] directives

BENCH_PAGE = "# Chapter\n\n## A section\n\n{}\n"


def test_bench_directives_render(tmp_path):
    body = ("The empty loop costs [[bench: value baseline.empty_loop @3.14]] per turn, "
            "[[bench: ratio baseline.perf_counter_ns / baseline.empty_loop @3.14 >1]] less than a clock call.\n\n"
            "[[bench: chart baseline cases=empty_loop,perf_counter_ns]]\n")
    proc = build_with(tmp_path, **{"chapter.md": page(BENCH_PAGE.format(body))})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    html = (tmp_path / "site" / "chapter" / "index.html").read_text(encoding="utf-8")
    assert "[[bench" not in html, "a directive was left in the page"
    assert 'class="bench-svg"' in html and "<title" in html, "the chart was not rendered"
    assert re.search(r"costs \d[\d.]*\u00a0ns per turn", html), "the inline value was not rendered"


@pytest.mark.parametrize("directive, message", [
    ("[[bench: ratio baseline.empty_loop / baseline.perf_counter_ns @3.14 >1]]", r"no longer holds"),
    ("[[bench: value baseline.no_such_case @3.14]]", r"has no case 'no_such_case'"),
    ("[[bench: value no_such_group.x @3.14]]", r"no results for group 'no_such_group'"),
    ("[[bench: value baseline.empty_loop]]", r"say which interpreter"),
    ("[[bench: value baseline.empty_loop @3.99]]", r"no results for 3\.99"),
    ("[[bench: frobnicate baseline]]", r"unknown \[\[bench: frobnicate"),
    ("Text then [[bench: chart baseline]]", r"must stand alone"),
    ("[[bench: chart baseline colour=red]]", r"unknown option 'colour=red'"),
])
def test_bad_bench_directive(tmp_path, directive, message):
    proc = build_with(tmp_path, **{"chapter.md": page(BENCH_PAGE.format(directive))})
    assert_fails(proc, r"docs/chapter\.md:9: ", message)
