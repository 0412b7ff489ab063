"""The glossary (docs/appendix/glossary.md) defines each term once, and its definitions reach
every other page as hover tooltips (overrides/hooks/glossary.py)."""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import glossary  # noqa: E402


def test_every_glossary_term_is_defined_once():
    terms = glossary.load(ROOT / "docs")  # raises, naming the line, on a duplicate or empty term
    assert len(terms) >= 25, [t.name for t in terms]
    names = [t.name.lower() for t in terms]
    assert len(names) == len(set(names))


def test_the_glossary_is_in_alphabetical_order():
    names = [t.name.lower() for t in glossary.load(ROOT / "docs")]
    assert names == sorted(names, key=lambda n: n.lstrip("_")), names


def test_spellings_cover_plurals_and_capitals():
    t = glossary.Term("free list", 1, ["freelist"], "A cache of dead objects kept for reuse by the next allocation.")
    assert {"free list", "Free list", "free lists", "Free lists", "freelist", "freelists"} <= set(t.spellings())
    assert glossary.Term("GIL", 1).spellings() == ["GIL", "GILs"]


def test_tooltips_reach_the_chapters(online_build):
    site = online_build[0]
    terms = {t.name: t for t in glossary.load(ROOT / "docs")}
    page = (site / "start" / "journey-of-a-program" / "index.html").read_text(encoding="utf-8")
    titles = {html.unescape(t) for t in re.findall(r'<abbr title="([^"]*)"', page)}
    for name in ("Bytecode", "Code object"):
        assert terms[name].tooltip in titles, f"no tooltip for {name!r} on the journey page"
    own = (site / "appendix" / "glossary" / "index.html").read_text(encoding="utf-8")
    assert "<abbr" not in own, "the glossary page should not annotate its own terms"


def test_only_the_first_use_of_a_term_keeps_its_tooltip():
    html = ('<p><abbr title="A lock.">GIL</abbr> and <abbr title="A lock.">GIL</abbr>, '
            '<abbr title="A count.">reference count</abbr></p>')
    assert glossary.first_uses_only(html) == ('<p><abbr title="A lock.">GIL</abbr> and GIL, '
                                              '<abbr title="A count.">reference count</abbr></p>')
