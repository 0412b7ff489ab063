"""`[[example: PATH options]]` (expanded by book.py) puts a runnable example and its recorded outputs on a page.

On a line of its own, outside code fences:

    [[example: journey/dis_add.py]]                  source, then one tab per differing output
    [[example: journey/dis_add.py section=body]]     only the part between
                                                     `# --8<-- [start:body]` and `# --8<-- [end:body]`
    [[example: journey/dis_add.py source=no]]        outputs only
    [[example: journey/dis_add.py output=no]]        source only

PATH is relative to examples/. Outputs come from examples/<part>/<name>.<X.Y>.txt, written
by scripts/record.py from real interpreters. Consecutive versions whose outputs are
identical share one tab labelled with the range ("3.12–3.13"); each tab names the exact
interpreters it was recorded with. A missing example, section or recorded output stops
the build with the page and line.
"""
from __future__ import annotations

import html
import re
import shlex
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import record  # noqa: E402

DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)\[\[example:\s*(?P<body>[^\]]+?)\s*\]\]\s*$")
MARKER = re.compile(r"^\s*# --8<-- \[(start|end):([\w-]+)\]\s*$")
OPTIONS = {"section", "source", "output", "title"}


def _source(ex: record.Example, section: str | None, where: str) -> str:
    lines = ex.path.read_text(encoding="utf-8").splitlines()
    if section:
        try:
            start = lines.index(f"# --8<-- [start:{section}]")
            end = lines.index(f"# --8<-- [end:{section}]")
        except ValueError:
            raise PluginError(f"{where}: {ex.rel} has no section {section!r} (# --8<-- [start:{section}] ... [end:{section}])")
        lines = lines[start + 1:end]
    kept = [ln for ln in lines if not MARKER.match(ln) and not re.match(r"#\s*record:", ln)]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    # dedent a section taken from inside a block
    indent = min((len(ln) - len(ln.lstrip()) for ln in kept if ln.strip()), default=0)
    return "\n".join(ln[indent:] for ln in kept)


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=2)
    return "`" * max(3, longest + 1)


def _range_label(versions: list[str]) -> str:
    return versions[0] if len(versions) == 1 else f"{versions[0]}\u2013{versions[-1]}"


def groups(outputs: dict[str, tuple[str, str]]) -> list[tuple[list[str], list[str], str]]:
    """[(versions, interpreter labels, output)] with consecutive identical outputs merged."""
    result: list[tuple[list[str], list[str], str]] = []
    for v, (label, text) in outputs.items():
        if result and result[-1][2] == text:
            result[-1][0].append(v)
            result[-1][1].append(label)
        else:
            result.append(([v], [label], text))
    return result


def render(body: str, where: str) -> str:
    try:
        parts = shlex.split(body)
    except ValueError as exc:
        raise PluginError(f"{where}: cannot read [[example: {body}]]: {exc}")
    rel, opts = parts[0], {}
    for p in parts[1:]:
        key, sep, value = p.partition("=")
        if not sep or key not in OPTIONS:
            raise PluginError(f"{where}: unknown option {p!r} in [[example: {body}]] (known: {', '.join(sorted(OPTIONS))})")
        opts[key] = value
    path = record.EXAMPLES / rel
    if not path.is_file():
        raise PluginError(f"{where}: example file examples/{rel} does not exist")
    try:
        ex = record.load_example(path)
        outputs = record.recorded_outputs(ex) if opts.get("output") != "no" else {}
    except record.RecordError as exc:
        raise PluginError(f"{where}: {exc}")
    out: list[str] = []
    if opts.get("source") != "no":
        src = _source(ex, opts.get("section"), where)
        fence = _fence(src)
        title = opts.get("title", f"examples/{rel}")
        out += [f'{fence}python title="{title}"', src, fence, ""]
    if outputs:
        grouped = groups(outputs)
        # One output for every version needs no tabs: a tab set per example made Material
        # measure and watch dozens of tab bars on long chapters (make lighthouse).
        single = len(grouped) == 1
        for versions, labels, text in grouped:
            # A recorded output is sample output, not code: <pre><samp>, not a highlighted code
            # block. Material attaches a copy button and size watchers to every code block, and on
            # chapters with dozens of outputs that work blocked phones' main thread for a long
            # time; outputs are read, not copied into programs. tabindex: a long line scrolls
            # sideways, so the block must be reachable from the keyboard.
            body = html.escape(text.rstrip("\n"), quote=False)
            block = [f'<pre class="recorded-output" tabindex="0"><samp>{body}</samp></pre>'.splitlines(), [""],
                     [f'<p class="recorded-with">Output recorded with {"; ".join(labels)}.</p>'], [""]]
            if single:
                which = "every version" if versions == record.pythons.declared_versions() else _range_label(versions)
                out += [f'<p class="output-label">Output on {which} ({_range_label(versions)})</p>', ""]
                out += [ln for part in block for ln in part]
            else:
                out += [f'=== "{_range_label(versions)}"', ""]
                out += ["    " + ln if ln else "" for part in block for ln in part]
    return "\n".join(out)
