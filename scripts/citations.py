"""Checked references to CPython: source citations and opcode names in the prose.

Source citations, written in a page as

    [[cpython: Include/object.h PyObject]]            symbol in a file, every declared version
    [[cpython: Objects/listobject.c list_resize @3.12-3.15]]
    [[cpython: Lib/dis.py @3.14+]]                    a whole file

are rendered by overrides/hooks/render_citations.py (called by book.py) as links to the file at the release tag, and
checked:

* Include/... and Lib/... against the real files of every cited version (the headers and
  standard library of the provided interpreters): the file exists and the symbol occurs
  in it as a whole word (tests/test_truth.py);
* any other path (Objects/, Python/, Parser/, Modules/, Grammar/ ...) must have an entry
  in the ledger, scripts/ledger/*.toml (one file per chapter), of C symbols an author
  verified in the CPython source, covering every cited version (checked at build time). A ledger entry with
  `exported = true` is also checked against `nm -D` of each version's libpython.

Opcode names: an inline code span that is an instruction name of some declared version
(or looks like one: LOAD_..., BINARY_..., ...) must exist in every version its sentence
claims. A claim is a parenthesis right after the name - `LOAD_FAST_BORROW` (3.14+),
(3.12-3.13), (3.12 only), (new in 3.14) - or the version tab the line sits in; without
either, the name must exist in every declared version. Instruction names per version come
from the recorded output of examples/appendix/opcodes.py.
"""
from __future__ import annotations

import json
import re
import subprocess
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import mdscan
import pythons
import record

ROOT = Path(__file__).resolve().parent.parent
LEDGER = ROOT / "scripts" / "ledger"
OPCODES_EXAMPLE = ROOT / "examples" / "appendix" / "opcodes.py"

CITE = re.compile(r"\[\[cpython:(?P<body>[^\]]*)\]\]")
CITE_BODY = re.compile(
    r"^\s*(?P<path>[A-Za-z][\w./-]*\.\w+)(?:\s+(?P<symbol>[A-Za-z_][\w.]*))?(?:\s+@(?P<versions>[0-9.,+\-\u2013]+))?\s*$"
)
CHECKED_FILES = ("Include/", "Lib/")
KNOWN_TOP = ("Include/", "Lib/", "Objects/", "Python/", "Parser/", "Modules/", "Grammar/", "Programs/",
             "Tools/", "InternalDocs/", "Misc/", "PC/", "configure.ac", "Makefile.pre.in")
CODE_SPAN = re.compile(r"(?<!`)`([A-Z][A-Z0-9_]*)`(?!`)")
CLAIM = re.compile(
    r"^\s*\((?:new in |since |added in |until |in )?(?P<spec>3\.\d+(?:\+|\s*[\u2013-]\s*3\.\d+)?(?:\s*,\s*3\.\d+)*)(?P<only> only)?\)"
)
TAB = re.compile(r'^(?P<indent>\s*)===\+?\s+"(?P<label>[^"]+)"')


class CitationError(ValueError):
    pass


@dataclass(frozen=True)
class Citation:
    page: str
    line: int
    path: str
    symbol: str | None
    versions: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


def parse_versions(spec: str | None, where: str) -> tuple[str, ...]:
    declared = pythons.declared_versions()
    if not spec:
        return tuple(declared)
    try:
        return tuple(record.parse_versions(spec.replace(" ", ""), declared, where))
    except record.RecordError as exc:
        raise CitationError(str(exc))


def find_citations(markdown: str, page: str, offset: int = 0) -> list[Citation]:
    found = []
    for lineno, line, fenced in mdscan.lines_outside_fences(markdown):
        if fenced:
            continue
        masked = mdscan.mask_inline_code(line)
        for m in CITE.finditer(masked):
            where = f"{page}:{lineno + offset}"
            b = CITE_BODY.match(m.group("body"))
            if not b:
                raise CitationError(
                    f"{where}: cannot read [[cpython:{m.group('body')}]] "
                    "(write [[cpython: PATH [SYMBOL] [@VERSIONS]]], e.g. [[cpython: Objects/listobject.c list_resize @3.13+]])"
                )
            path = b.group("path")
            if not path.startswith(KNOWN_TOP):
                raise CitationError(f"{where}: {path} is not a path in the CPython repository")
            found.append(Citation(page, lineno + offset, path, b.group("symbol"), parse_versions(b.group("versions"), where)))
    return found


@lru_cache(maxsize=1)
def ledger() -> dict:
    entries: dict[tuple[str, str | None], set[str]] = {}
    exported: dict[tuple[str, str | None], set[str]] = {}
    not_opcodes: set[str] = set()
    declared = pythons.declared_versions()
    for f in sorted(LEDGER.glob("*.toml")):
        rel = f.relative_to(ROOT).as_posix() if f.is_relative_to(ROOT) else str(f)
        try:
            with open(f, "rb") as fh:
                data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise CitationError(f"{rel}: {exc}")
        not_opcodes.update(data.get("not_opcodes", []))
        for i, e in enumerate(data.get("symbol", []), 1):
            for field in ("path", "versions", "seen"):
                if not e.get(field):
                    raise CitationError(f"{rel}: entry {i} ({e.get('path')} {e.get('symbol')}) has no {field!r}")
            unknown = set(e) - {"path", "symbol", "versions", "seen", "exported", "note"}
            if unknown:
                raise CitationError(
                    f"{rel}: entry {i} ({e.get('path')} {e.get('symbol')}) has unknown key(s) {sorted(unknown)}"
                    + ("; put not_opcodes = [...] above the first [[symbol]], or TOML files it under the last entry"
                       if "not_opcodes" in unknown else ""))
            key = (e["path"], e.get("symbol"))
            vs = set(record.parse_versions(e["versions"], declared, f"{rel} entry {i}"))
            entries.setdefault(key, set()).update(vs)
            if e.get("exported"):
                exported.setdefault(key, set()).update(vs)
    return {"entries": entries, "exported": exported, "not_opcodes": not_opcodes}


def check_ledger(c: Citation) -> None:
    if c.path.startswith(CHECKED_FILES):
        return
    have = ledger()["entries"].get((c.path, c.symbol), set())
    missing = [v for v in c.versions if v not in have]
    if missing:
        what = f"{c.path} {c.symbol}" if c.symbol else c.path
        raise CitationError(
            f"{c.where}: citation of {what} for CPython {', '.join(missing)} has no entry in scripts/ledger/*.toml; "
            "verify it in the CPython source and add it to the ledger (see CONTRIBUTING.md, 'Citing CPython source')"
        )


def github_url(c: Citation) -> str:
    newest = c.versions[-1]
    minimum = {p["version"]: p["minimum"] for p in pythons.load_config()["python"]}[newest]
    return f"https://github.com/python/cpython/blob/v{minimum}/{c.path}"


def real_file(c: Citation, version: str, info: dict) -> Path:
    if c.path.startswith("Include/"):
        return Path(info["include"]) / c.path[len("Include/"):]
    return Path(info["stdlib"]) / c.path[len("Lib/"):]


def check_real_files(c: Citation, interpreters: dict) -> list[str]:
    """Problems with a citation of Include/ or Lib/ against every cited version's real files."""
    problems = []
    if not c.path.startswith(CHECKED_FILES):
        return problems
    for v in c.versions:
        f = real_file(c, v, interpreters[v])
        if not f.is_file():
            problems.append(f"{c.where}: {c.path} does not exist in CPython {interpreters[v]['exact']} (looked for {f})")
            continue
        if c.symbol and not re.search(rf"(?<![\w]){re.escape(c.symbol)}(?![\w])", f.read_text(encoding="utf-8", errors="replace")):
            problems.append(f"{c.where}: {c.symbol} does not occur in {c.path} of CPython {interpreters[v]['exact']}")
    return problems


def exported_symbols(libpython: str) -> set[str]:
    out = subprocess.run(["nm", "-D", "--defined-only", libpython], capture_output=True, text=True, check=True)
    return {line.split()[-1] for line in out.stdout.splitlines() if line.strip()}


# ---------------------------------------------------------------- opcodes

@lru_cache(maxsize=1)
def opcode_sets() -> dict[str, set[str]]:
    ex = record.load_example(OPCODES_EXAMPLE)
    sets = {}
    for v, (_label, text) in record.recorded_outputs(ex).items():
        data = json.loads(text)
        sets[v] = set(data["opmap"]) | set(data["specialized"])
    return sets


def looks_like_opcode(name: str) -> bool:
    sets = opcode_sets()
    every = set().union(*sets.values())
    if name in every:
        return True
    families = {n.split("_")[0] for n in every if "_" in n} - {"INSTRUMENTED", "RESERVED"}
    return "_" in name and name.split("_")[0] in families


def check_opcodes(markdown: str, page: str, offset: int = 0) -> list[str]:
    sets = opcode_sets()
    declared = pythons.declared_versions()
    skip = ledger()["not_opcodes"]
    problems = []
    tab_versions: tuple[str, ...] | None = None
    tab_indent = ""
    for lineno, line, fenced in mdscan.lines_outside_fences(markdown):
        lineno += offset
        t = TAB.match(line)
        if t:
            label = t.group("label").replace(" ", "")
            tab_indent = t.group("indent")
            try:
                tab_versions = tuple(record.parse_versions(label, declared, "")) if re.match(r"^3\.\d", label) else None
            except record.RecordError:
                tab_versions = None
            continue
        if tab_versions and line.strip() and not line.startswith(tab_indent + "    "):
            tab_versions = None
        if fenced:
            continue
        for m in CODE_SPAN.finditer(line):
            name = m.group(1)
            if name in skip or not looks_like_opcode(name):
                continue
            claim = CLAIM.match(line[m.end():])
            if claim:
                spec = claim.group("spec").replace(" ", "")
                try:
                    versions = record.parse_versions(spec, declared, f"{page}:{lineno}")
                except record.RecordError as exc:
                    problems.append(str(exc))
                    continue
            else:
                versions = list(tab_versions or declared)
            missing = [v for v in versions if name not in sets[v]]
            if missing:
                present = [v for v in declared if name in sets[v]]
                hint = (f"it exists in {', '.join(present)}; say so after the name, e.g. `{name}` ({present[0]}+)"
                        if present else "no declared version has it (a typo? a C macro? then list it under not_opcodes in a scripts/ledger/*.toml file)")
                problems.append(f"{page}:{lineno}: opcode {name} is not an instruction of CPython {', '.join(missing)}: {hint}")
    return problems
