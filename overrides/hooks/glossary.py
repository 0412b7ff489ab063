"""The glossary: docs/glossary.md is the one place a term is defined; every other page gets a
hover tooltip for it.

Format of docs/glossary.md: each term is a level-3 heading (`### Immortal object`); the
paragraph under it defines the term, and its first sentence becomes the tooltip. An optional
line `Also: specialization, specialised` right under the heading lists other spellings. The
hook appends `*[term]: first sentence` abbreviation lines (Python-Markdown's `abbr`) for every
spelling, its plural and its capitalised form to every other page, keeps the tooltip on the
first use of each term in a page only, and Material's `content.tooltips` shows them.

A term (or spelling) defined twice, a term without a definition, or a definition whose first
sentence is not plain enough for a tooltip stops the build with `docs/glossary.md:<line>`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

GLOSSARY = "appendix/glossary.md"
TERM = re.compile(r"^###\s+(?P<term>.+?)\s*$")
ALSO = re.compile(r"^Also:\s*(?P<names>.+?)\s*$")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)\.(?=\s|$)")


class GlossaryError(ValueError):
    pass


@dataclass
class Term:
    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    definition: str = ""

    @property
    def tooltip(self) -> str:
        text = LINK.sub(r"\1", self.definition)
        text = re.sub(r"`|\*\*", "", text)
        m = SENTENCE_END.search(text)
        return (text[: m.start() + 1] if m else text).strip()

    def spellings(self) -> list[str]:
        out = []
        for word in [self.name, *self.aliases]:
            for form in (word, plural(word)):
                variants = [form] if word.isupper() else [form, form[:1].upper() + form[1:], form[:1].lower() + form[1:]]
                for variant in variants:
                    if variant not in out:
                        out.append(variant)
        return out


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def parse(text: str, where: str = "docs/glossary.md") -> list[Term]:
    terms: list[Term] = []
    current: Term | None = None
    in_fence = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence:
            continue
        if line.startswith("#"):
            current = None
            m = TERM.match(line)
            if m:
                current = Term(m.group("term"), lineno)
                terms.append(current)
            continue
        if current is None:
            continue
        m = ALSO.match(line)
        if m and not current.definition:
            current.aliases += [a.strip() for a in m.group("names").split(",") if a.strip()]
        elif line.strip() and not current.definition:
            current.definition = line.strip()
        elif line.strip() and current.definition and not current.definition.endswith("\n"):
            current.definition += " " + line.strip()
        elif not line.strip() and current.definition:
            current.definition += "\n"  # the first paragraph is complete
    problems = []
    seen: dict[str, Term] = {}
    for t in terms:
        t.definition = t.definition.strip()
        if not t.definition:
            problems.append(f"{where}:{t.line}: the term {t.name!r} has no definition under its heading")
            continue
        if len(t.tooltip) < 20 or any(c in t.tooltip for c in "[]<>|"):
            problems.append(f"{where}:{t.line}: the first sentence of {t.name!r} must be plain text of 20 "
                            f"characters or more, to serve as its tooltip (got {t.tooltip!r})")
        for s in t.spellings():
            key = s.lower()
            if key in seen and seen[key] is not t:
                other = seen[key]
                problems.append(f"{where}:{t.line}: {s!r} is already defined by {other.name!r} at line {other.line}; "
                                "define each term once")
            seen.setdefault(key, t)
    if problems:
        raise GlossaryError("\n".join(problems))
    return terms


def abbreviations(terms: list[Term]) -> str:
    """Markdown abbreviation definitions for every spelling of every term, longest first."""
    pairs = [(s, t.tooltip) for t in terms for s in t.spellings()]
    pairs.sort(key=lambda p: -len(p[0]))
    return "\n".join(f"*[{s}]: {tip}" for s, tip in pairs)


ABBR = re.compile(r'<abbr title="(?P<title>[^"]*)">(?P<text>.*?)</abbr>', re.S)


def first_uses_only(html: str) -> str:
    """Keep the tooltip on the first use of each term in a page and unwrap the later ones, so
    a chapter is not covered in dotted underlines (and the browser has fewer tooltips to set up)."""
    seen: set[str] = set()

    def keep_first(m: re.Match) -> str:
        if m.group("title") in seen:
            return m.group("text")
        seen.add(m.group("title"))
        return m.group(0)
    return ABBR.sub(keep_first, html)


def load(docs_dir: str | Path) -> list[Term]:
    path = Path(docs_dir) / GLOSSARY
    if not path.is_file():
        return []
    return parse(path.read_text(encoding="utf-8"), f"docs/{GLOSSARY}")
