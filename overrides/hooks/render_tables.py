"""`[[what-changed: ...]]` (expanded by book.py): tables generated from recorded runs of every declared interpreter.

    [[what-changed: facts]]     examples/appendix/facts.py: sizes, GC thresholds, small-int cache,
                                immortal reference counts, .pyc magic numbers, one column per version
    [[what-changed: opcodes]]   examples/appendix/opcodes.py: instructions added and removed per version
    [[what-changed: sections]]  every section of the book whose recorded output differs between two
                                consecutive versions, found by comparing the recordings of the
                                examples it includes (exercise answers left out)

Nothing in these tables is typed by hand: they are rebuilt from the recorded outputs on
every build, and `scripts/record.py --check` (run by the tests) fails if re-running the
examples on the interpreters gives anything else.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import record  # noqa: E402

DIRECTIVE = re.compile(r"^\[\[what-changed:\s*(?P<what>\w+)\s*\]\]\s*$")

FACT_ROWS = [
    ("pyc_magic", "`.pyc` magic number (`importlib.util.MAGIC_NUMBER`, as a little-endian int)"),
    ("gc_threshold", "`gc.get_threshold()`"),
    ("small_int_cache", "Small-int cache (measured: `int(str(n)) is int(str(n))`)"),
    ("refcount_of_None", "`sys.getrefcount(None)` (immortal)"),
    ("refcount_of_small_int", "`sys.getrefcount(7)` (immortal)"),
]


def _recorded(name: str, where: str) -> dict[str, tuple[str, str]]:
    try:
        ex = record.load_example(record.EXAMPLES / "appendix" / name)
        return record.recorded_outputs(ex)
    except (record.RecordError, FileNotFoundError) as exc:
        raise PluginError(f"{where}: {exc}")


def _fmt(value) -> str:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(x, int) for x in value) and value[0] < 0:
        return f"{value[0]} to {value[1]}"
    if isinstance(value, list):
        return ", ".join(str(x) for x in value)
    if isinstance(value, int) and value > 10**6:
        return f"{value:,}".replace(",", "\u202f")
    return str(value)


def facts_table(where: str) -> str:
    outs = _recorded("facts.py", where)
    data = {v: json.loads(text) for v, (_label, text) in outs.items()}
    versions = list(data)
    head = "| | " + " | ".join(f"{v}<br><small>{data[v]['version']}</small>" for v in versions) + " |"
    sep = "|---|" + "---:|" * len(versions)
    rows = [head, sep]

    def row(title, values):
        cells, prev = [], None
        for val in values:
            text = _fmt(val)
            cells.append(f"**{text}**" if prev is not None and val != prev else text)
            prev = val
        rows.append(f"| {title} | " + " | ".join(cells) + " |")

    for key, title in FACT_ROWS:
        row(title, [data[v][key] for v in versions])
    for expr in data[versions[0]]["getsizeof"]:
        row(f"`sys.getsizeof({expr})`", [data[v]["getsizeof"].get(expr) for v in versions])
    labels = "; ".join(label for _v, (label, _t) in outs.items())
    return "\n".join(rows) + (
        f"\n\n<p class=\"recorded-with\">Generated from the recorded output of "
        f"<code>examples/appendix/facts.py</code> ({labels}). A value in bold differs from the column before it.</p>\n"
    )


def opcodes_table(where: str) -> str:
    outs = _recorded("opcodes.py", where)
    sets = {}
    for v, (_label, text) in outs.items():
        d = json.loads(text)
        sets[v] = (set(d["opmap"]), set(d["specialized"]))
    versions = list(sets)
    lines = ["| Version | Instructions | Specialised | Added since the previous version | Removed |",
             "|---|---:|---:|---|---|"]
    for i, v in enumerate(versions):
        names, spec = sets[v]
        if i == 0:
            added = removed = "(first version recorded)"
        else:
            pn, ps = sets[versions[i - 1]]
            now, before = names | spec, pn | ps
            added = ", ".join(f"`{n}`" for n in sorted(now - before)) or "none"
            removed = ", ".join(f"`{n}`" for n in sorted(before - now)) or "none"
        lines.append(f"| {v} | {len(names)} | {len(spec)} | {added} | {removed} |")
    labels = "; ".join(label for _v, (label, _t) in outs.items())
    return "\n".join(lines) + (
        "\n\n<p class=\"recorded-with\">Generated from the recorded output of <code>examples/appendix/opcodes.py</code> "
        f"({labels}): names in <code>dis.opmap</code> (real and pseudo-instructions) and the specialised forms.</p>\n"
    )


def _slugify(heading: str) -> str:
    """The anchor Python-Markdown's toc extension gives a heading (default slugify, tags stripped)."""
    import unicodedata

    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)       # [text](link) -> text
    text = re.sub(r"`|\*\*|(?<!\w)\*|\*(?!\w)", "", text)            # code and emphasis marks
    text = re.sub(r"<[^>]+>", "", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def _changed_sections(docs: Path, skip: str) -> dict[tuple[str, str], list[tuple[str, str, str, str]]]:
    """{(older, newer): [(page, page title, section title, anchor)]} for consecutive declared versions."""
    import mdscan

    found: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
    for md in sorted(docs.rglob("*.md")):
        rel = md.relative_to(docs).as_posix()
        if rel == skip:
            continue
        text = md.read_text(encoding="utf-8")
        title, heading, anchor, seen, in_exercises = rel, None, None, {}, False
        for _lineno, line, fenced in mdscan.lines_outside_fences(text):
            if fenced:
                continue
            m = re.match(r"^(#{1,3})\s+(.+?)\s*#*\s*$", line)
            if m:
                level, name = len(m.group(1)), m.group(2)
                slug = _slugify(name)
                n = seen.get(slug, 0)
                seen[slug] = n + 1
                if level == 1:
                    title = re.sub(r"`", "", name)
                    continue
                if level == 2:
                    in_exercises = name.strip().lower() in ("exercises", "key takeaways", "further reading")
                heading, anchor = re.sub(r"`", "", name), slug if n == 0 else f"{slug}_{n}"
                continue
            d = re.match(r"^\s*\[\[example:\s*(?P<path>\S+)", line)
            if not d or in_exercises or heading is None:
                continue
            try:
                outs = record.recorded_outputs(record.load_example(record.EXAMPLES / d.group("path")))
            except (record.RecordError, FileNotFoundError):
                continue  # reported with its page and line by the example directive itself
            versions = list(outs)
            for older, newer in zip(versions, versions[1:]):
                if outs[older][1] != outs[newer][1]:
                    entry = (rel, title, heading, anchor)
                    bucket = found.setdefault((older, newer), [])
                    if entry not in bucket:
                        bucket.append(entry)
    return found


def sections_table(where: str) -> str:
    docs = ROOT / "docs"
    here = "appendix/what-changed.md"
    found = _changed_sections(docs, here)
    if not found:
        raise PluginError(f"{where}: no section of the book shows a recorded difference between versions")
    out = []
    for (older, newer), entries in sorted(found.items(), key=lambda kv: [int(x) for x in kv[0][0].split(".")]):
        out.append(f"### From {older} to {newer}\n")
        pages: dict[str, list[tuple[str, str, str]]] = {}
        for rel, title, heading, anchor in entries:
            pages.setdefault(rel, []).append((title, heading, anchor))
        out.append(f"{len(entries)} sections in {len(pages)} pages show a recorded difference.\n")
        for rel, items in pages.items():
            target = "../" + rel
            links = "; ".join(f"[{h}]({target}#{a})" for _t, h, a in items)
            out.append(f"- **[{items[0][0]}]({target})**: {links}")
        out.append("")
    return "\n".join(out) + (
        "\n<p class=\"recorded-with\">Generated on every build: a section is listed under a pair of "
        "versions when an example it includes printed different output on the two interpreters.</p>\n")


RENDER = {"facts": facts_table, "opcodes": opcodes_table, "sections": sections_table}
