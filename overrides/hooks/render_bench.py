"""`[[bench: ...]]` (expanded by book.py): numbers and charts from the committed benchmark results.

Blocks, each on a line of its own:

    [[bench: chart GROUP]]                        bar chart of every case, one bar per interpreter,
                                                  with the data table as its text alternative
    [[bench: table GROUP]]                        the data table only
      options: cases=a,b,c  versions=3.12,3.14-jit  per-item (memory cases)  title="..."

Inline, anywhere in a paragraph:

    [[bench: value GROUP.CASE @3.14]]             "41.2 ns" (median), or "405,176 bytes" for memory
    [[bench: value GROUP.CASE @3.14 per-item]]    "40.5 bytes" (memory cases)
    [[bench: ratio GROUP.A / GROUP.B @3.14]]      "1.6×" (A's median over B's)
    [[bench: ratio G.A@3.12 / G.A@3.14 >1.2]]     operands may name their own interpreter; a bound
                                                  (>, >=, <, <=) is checked at build time, so a claim
                                                  such as "faster" fails the build when new results
                                                  stop supporting it
    [[bench: machine]]                            the machine and date of the last full `make bench`

Everything comes from examples/performance/lab/results/ (written by scripts/bench.py).
A missing or stale result, an unknown case or a bound that does not hold stops the build
with the page and line.
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
import benchdata as bd  # noqa: E402
import mdscan  # noqa: E402

INLINE = re.compile(r"\[\[bench:\s*(?P<body>[^\[\]]*?)\s*\]\]")
BLOCK = re.compile(r"^\s*\[\[bench:\s*(?P<kind>chart|table)\b(?P<rest>[^\[\]]*)\]\]\s*$")
OPERAND = re.compile(r"^(?P<name>[a-z0-9_]+\.[A-Za-z0-9_]+)(?:@(?P<variant>3\.\d+(?:-jit)?))?$")
BOUND = re.compile(r"^(?P<op>>=|<=|>|<)(?P<num>\d+(?:\.\d+)?)$")
COLOURS = 6  # variant colour classes in book.css: .bench-c0 ... .bench-c5


class BenchError(Exception):
    pass


def _variant_of(tokens: list[str]) -> str | None:
    at = [t for t in tokens if t.startswith("@")]
    if len(at) > 1:
        raise BenchError("name one interpreter (@3.14) for the whole directive, or one per operand")
    return at[0][1:] if at else None


def _operand(token: str, default: str | None) -> tuple[str, str]:
    m = OPERAND.match(token)
    if not m:
        raise BenchError(f"{token!r} is not GROUP.CASE or GROUP.CASE@3.X")
    variant = m.group("variant") or default
    if not variant:
        raise BenchError(f"{token!r}: say which interpreter (@3.14, or @3.14-jit)")
    return m.group("name"), variant


def inline(body: str) -> str:
    tokens = body.split()
    if not tokens:
        raise BenchError("empty [[bench: ]] directive")
    kind, args = tokens[0], tokens[1:]
    if kind == "machine":
        s = bd.summary()
        if not s:
            raise BenchError("no results/summary.json: run `make bench` (a full run writes it)")
        return f"{html.escape(bd.describe_machine(s['machine']))}, on {s['started'][:10]}"
    if kind == "value":
        default = _variant_of(args)
        rest = [t for t in args if not t.startswith("@")]
        per_item = "per-item" in rest
        rest = [t for t in rest if t != "per-item"]
        if len(rest) != 1:
            raise BenchError("use [[bench: value GROUP.CASE @3.14]] (optionally per-item)")
        name, variant = _operand(rest[0], default)
        return bd.fmt_value(bd.case(name, variant), per_item)
    if kind == "ratio":
        default = _variant_of(args)
        rest = [t for t in args if not t.startswith("@")]
        bound = BOUND.match(rest[-1]) if rest else None
        if bound:
            rest = rest[:-1]
        if len(rest) != 3 or rest[1] != "/":
            raise BenchError("use [[bench: ratio GROUP.A / GROUP.B @3.14]] (optionally ending with >1.5 or <0.8)")
        (na, va), (nb, vb) = _operand(rest[0], default), _operand(rest[2], default)
        a, b = bd.case(na, va), bd.case(nb, vb)
        if (a["kind"] == "memory") != (b["kind"] == "memory"):
            raise BenchError("a ratio compares two timings or two memory sizes, not one of each")
        r = bd.value(a) / bd.value(b)
        if bound:
            limit, op = float(bound.group("num")), bound.group("op")
            ok = {">": r > limit, ">=": r >= limit, "<": r < limit, "<=": r <= limit}[op]
            if not ok:
                raise BenchError(f"the claim {na}@{va} / {nb}@{vb} {op} {bound.group('num')} no longer holds: "
                                 f"the results give {r:.3f} ({bd.fmt_value(a)} / {bd.fmt_value(b)}); "
                                 "rewrite the sentence around what was measured")
        return bd.fmt_ratio(r)
    raise BenchError(f"unknown [[bench: {kind} ...]] (inline: value, ratio, machine; blocks: chart, table)")


def _options(rest: str) -> dict:
    opts = {"cases": None, "versions": None, "per-item": False, "title": None}
    try:
        tokens = shlex.split(rest)
    except ValueError as e:
        raise BenchError(f"cannot read options: {e}")
    if not tokens:
        raise BenchError("name the group: [[bench: chart GROUP]]")
    opts["group"] = tokens[0]
    for t in tokens[1:]:
        key, eq, val = t.partition("=")
        if key == "per-item" and not eq:
            opts["per-item"] = True
        elif key in ("cases", "versions") and eq:
            opts[key] = [x for x in val.split(",") if x]
        elif key == "title" and eq:
            opts["title"] = val
        else:
            raise BenchError(f"unknown option {t!r} (cases=a,b  versions=3.12,3.14-jit  per-item  title=\"...\")")
    return opts


def _collect(opts: dict):
    data = bd.results()
    if not data:
        raise BenchError("no results in examples/performance/lab/results/: run `make bench`")
    variants = opts["versions"] or list(data)
    for v in variants:
        if v not in data:
            raise BenchError(f"no results for {v} (have: {', '.join(data)})")
    groups = {v: bd.group(data[v], opts["group"], v) for v in variants}
    first = groups[variants[0]]
    names = opts["cases"] or list(dict.fromkeys(n for g in groups.values() for n in g["cases"]))
    for n in names:
        if not any(n in g["cases"] for g in groups.values()):
            raise BenchError(f"group {opts['group']!r} has no case {n!r} (known: {', '.join(first['cases'])})")
    kinds = {g["cases"][n]["kind"] == "memory" for g in groups.values() for n in names if n in g["cases"]}
    if len(kinds) > 1:
        raise BenchError("a chart shows timings or memory sizes, not both: choose cases=...")
    return data, variants, groups, names, kinds.pop()


def _doc(groups: dict, name: str) -> str:
    return next(g["cases"][name]["doc"] for g in groups.values() if name in g["cases"])


def _table(data, variants, groups, names, is_mem, per_item) -> str:
    head = "| Case | What is measured | " + " | ".join(
        f"{v}<br><small>{html.escape(data[v]['interpreter']['version'])}</small>" for v in variants) + " |"
    lines = [head, "|---|---|" + "---:|" * len(variants)]
    for n in names:
        cells = []
        for v in variants:
            c = groups[v]["cases"].get(n)
            if c is None:
                cells.append("—")
            elif is_mem:
                cells.append(bd.fmt_value(c, per_item))
            else:
                s = c["stats"]
                cells.append(f"{bd.fmt_time(s['median'])}<br><small>{bd.fmt_time(s['min'])}–{bd.fmt_time(s['max'])}</small>")
        doc = html.escape(_doc(groups, n)).replace("|", "\\|")
        lines.append(f"| `{n}` | {doc} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _note(data, variants, groups, is_mem) -> str:
    g = groups[variants[0]]
    m = g["method"]
    when = sorted({groups[v]["measured"][:10] for v in variants})
    machine = bd.describe_machine(g["machine"])
    if is_mem:
        how = ("Bytes that <code>tracemalloc</code> saw allocated and still alive after building the items, "
               "each case in a fresh interpreter")
    else:
        n = m["processes"] * m["samples_per_process"]
        how = (f"Median of {n} samples ({m['processes']} processes × {m['samples_per_process']}, "
               f"each at least {m['target_ms']:g} ms, after calibration and a warm-up); the small figures and "
               "the whiskers are the fastest and slowest sample")
    labels = "; ".join(f"{v}: {html.escape(data[v]['interpreter']['label'])}"
                       + (" with PYTHON_JIT=1" if v.endswith("-jit") else "") for v in variants)
    if m.get("quick"):
        how = "A quick smoke run, not a measurement: re-run <code>make bench</code>. " + how
    return (f'<p class="recorded-with">{how}. Measured by <code>{html.escape(m["command"])}</code> on '
            f"{html.escape(machine)}, {', '.join(when)} ({labels}). Data: "
            f"<code>examples/performance/lab/results/</code>; harness: <code>examples/performance/lab/</code>.</p>")


def _svg(data, variants, groups, names, is_mem, per_item, title: str, uid: str) -> str:
    rows = []
    for n in names:
        bars = []
        for j, v in enumerate(variants):
            i = list(data).index(v)  # the colour follows the interpreter, not its position
            c = groups[v]["cases"].get(n)
            if c is None:
                bars.append((i, v, None, None, None, "—"))
            elif is_mem:
                val = bd.value(c, per_item)
                bars.append((i, v, val, None, None, bd.fmt_value(c, per_item)))
            else:
                s = c["stats"]
                bars.append((i, v, s["median"], s["min"], s["max"], bd.fmt_time(s["median"])))
        rows.append((n, bars))
    top = max((b[4] or b[2] or 0) for _n, bars in rows for b in bars) or 1
    label_w, plot_x, plot_w, bar_h, gap = 190, 200, 420, 11, 2
    legend_h = 26
    y = legend_h
    parts = []
    for n, bars in rows:
        parts.append(f'<text class="bench-label" x="{label_w}" y="{y + 10}" text-anchor="end">{html.escape(n)}</text>')
        for j, (i, v, val, lo, hi, text) in enumerate(bars):
            yy = y + (bar_h + gap) * j
            if val is not None:
                w = max(1.0, plot_w * val / top)
                parts.append(f'<rect class="bench-c{i % COLOURS}" x="{plot_x}" y="{yy}" width="{w:.1f}" height="{bar_h}"/>')
                end = plot_x + w
                if lo is not None:
                    x1, x2 = plot_x + plot_w * lo / top, plot_x + plot_w * hi / top
                    parts.append(f'<line class="bench-whisker" x1="{x1:.1f}" x2="{x2:.1f}" y1="{yy + bar_h / 2}" '
                                 f'y2="{yy + bar_h / 2}"/>')
                    end = max(end, x2)
                parts.append(f'<text class="bench-value" x="{end + 4:.1f}" y="{yy + bar_h - 2}">{html.escape(text)}</text>')
            else:
                parts.append(f'<text class="bench-value" x="{plot_x + 4}" y="{yy + bar_h - 2}">not run</text>')
        y += (bar_h + gap) * len(bars) + 10
    legend, lx = [], plot_x
    for i, v in enumerate(variants):
        i = list(data).index(v)
        legend.append(f'<rect class="bench-c{i % COLOURS}" x="{lx}" y="6" width="12" height="12"/>'
                      f'<text class="bench-value" x="{lx + 16}" y="16">{html.escape(v)}</text>')
        lx += 16 + 8 * len(v) + 16
    height = y
    return (f'<svg class="bench-svg" viewBox="0 0 720 {height}" width="720" height="{height}" role="img" '
            f'aria-labelledby="{uid}-t" xmlns="http://www.w3.org/2000/svg"><title id="{uid}-t">'
            f'{html.escape(title)}</title>{"".join(legend)}{"".join(parts)}</svg>')


def block(line: str, counter: list[int]) -> str:
    m = BLOCK.match(line)
    opts = _options(m.group("rest"))
    data, variants, groups, names, is_mem = _collect(opts)
    title = opts["title"] or groups[variants[0]]["title"]
    table = _table(data, variants, groups, names, is_mem, opts["per-item"])
    note = _note(data, variants, groups, is_mem)
    if m.group("kind") == "table":
        return f"{table}\n\n{note}\n"
    counter[0] += 1
    uid = f"bench-{opts['group']}-{counter[0]}"
    unit = ("bytes per item" if opts["per-item"] else "bytes") if is_mem else "median time, shorter is faster"
    svg = _svg(data, variants, groups, names, is_mem, opts["per-item"], f"{title} ({unit})", uid)
    return (f'<figure class="bench-chart" markdown>\n<div class="bench-scroll">{svg}</div>\n'
            f"<figcaption>{html.escape(title)} ({unit}), by interpreter.</figcaption>\n"
            f'<details class="text-alternative" markdown><summary>Data table</summary>\n\n{table}\n\n</details>\n'
            f"{note}\n</figure>\n")


def render_lines(markdown: str, lines: list[str], page_path: str, offset: int) -> bool:
    """Expand every [[bench: ...]] outside code, replacing items of `lines` (the lines of
    `markdown`) in place, so other directives keep their line numbers. Errors name
    page_path:line. Returns whether anything changed."""
    if "[[bench:" not in markdown:
        return False
    counter = [0]
    for lineno, line, fenced in mdscan.lines_outside_fences(markdown):
        masked = mdscan.mask_inline_code(line)
        if fenced or "[[bench:" not in masked:
            continue
        where = f"{page_path}:{lineno + offset}"
        try:
            if BLOCK.match(masked):
                indent = line[: len(line) - len(line.lstrip())]
                lines[lineno - 1] = "\n".join(indent + ln if ln else "" for ln in block(line, counter).splitlines())
                continue
            if re.search(r"\[\[bench:\s*(chart|table)\b", masked):
                raise BenchError("a chart or table directive must stand alone on its line")
            pieces, last = [], 0
            for m in INLINE.finditer(masked):
                pieces += [line[last:m.start()], inline(line[m.start("body"):m.end("body")])]
                last = m.end()
            pieces.append(line[last:])
            new = "".join(pieces)
            if "[[bench:" in mdscan.mask_inline_code(new):
                raise BenchError("unreadable [[bench: ...]] directive")
            lines[lineno - 1] = new
        except (BenchError, bd.BenchDataError) as e:
            raise PluginError(f"{where}: {e}") from None
    return True
