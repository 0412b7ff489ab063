"""`[[what-changed: ...]]` (expanded by book.py): tables generated from recorded runs of every declared interpreter.

    [[what-changed: facts]]     examples/appendix/facts.py: sizes, GC thresholds, small-int cache,
                                immortal reference counts, .pyc magic numbers, one column per version
    [[what-changed: opcodes]]   examples/appendix/opcodes.py: instructions added and removed per version

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


RENDER = {"facts": facts_table, "opcodes": opcodes_table}
