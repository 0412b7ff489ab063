"""Lab: one snippet through every stage of the running CPython's front end.

    python pipeline.py                       the demo snippet, every stage
    python pipeline.py FILE                  a source file
    python pipeline.py -c "x = [i for i in range(3)]"
    python pipeline.py --only tokens,ast     some stages only (also source, symtable, bytecode, summary)

It shows, one after another, what Part III explains:

1. tokens: tokenize.generate_tokens, with each token's type name and start-end position;
2. the AST: ast.dump(tree, indent=2);
3. the symbol table: every block (module, function, class, annotation ...) and how each
   name in it is classified: local, global, free, cell, parameter;
4. the bytecode of every code object, nested ones included (dis.get_instructions),
   with the source line of each instruction;
5. a summary: counts of tokens, AST nodes by type, scopes and instructions.

Only the standard library is used, and only its public API except one fall-back (the cell
test of symtable before 3.15). The output holds no address, path or timing, so it is the
same from run to run. test_pipeline.py checks it on every interpreter the book records.
"""
from __future__ import annotations

import argparse
import ast
import collections
import dis
import importlib.util
import io
import os
import platform
import symtable
import sys
import textwrap
import tokenize
import types

STAGES = ("source", "tokens", "ast", "symtable", "bytecode", "summary")

DEMO = """\
def outer(n: int):
    def inner(x):
        return x + n
    return inner
"""


# ---------------------------------------------------------------- 1. tokens
def tokens(source: str) -> list[tokenize.TokenInfo]:
    return list(tokenize.generate_tokens(io.StringIO(source).readline))


def token_name(tok: tokenize.TokenInfo) -> str:
    """The type name; an operator also gets its exact type (OP LPAR)."""
    name = tokenize.tok_name[tok.type]
    if tok.type == tokenize.OP:
        name += " " + tokenize.tok_name[tok.exact_type]
    return name


def show_tokens(toks: list[tokenize.TokenInfo]) -> list[str]:
    lines = []
    for tok in toks:
        (srow, scol), (erow, ecol) = tok.start, tok.end
        where = f"{srow}:{scol}-{erow}:{ecol}"
        lines.append(f"  {where:<10} {token_name(tok):<16} {tok.string!r}")
    return lines


# ---------------------------------------------------------------- 2. AST
def node_counts(tree: ast.AST) -> collections.Counter:
    return collections.Counter(type(node).__name__ for node in ast.walk(tree))


def show_ast(tree: ast.AST) -> list[str]:
    return ["  " + line for line in ast.dump(tree, indent=2).splitlines()]


# ---------------------------------------------------------------- 3. symbol table
def block_type(table: symtable.SymbolTable) -> str:
    # a str on 3.12, a member of the StrEnum symtable.SymbolTableType on 3.13+
    kind = table.get_type()
    return str(getattr(kind, "value", kind))


def is_cell(sym: symtable.Symbol) -> bool:
    if hasattr(sym, "is_cell"):             # public since 3.15
        return sym.is_cell()
    return sym._Symbol__scope == symtable.CELL   # the scope the class stores privately


def classify(sym: symtable.Symbol) -> str:
    """local, cell, free or global (declared, module level, implicit); "parameter, " in front if it is one."""
    if sym.is_free():
        scope = "free"
    elif is_cell(sym):
        scope = "cell"
    elif sym.is_declared_global():
        scope = "global (declared)"
    elif sym.is_global() and sym.is_local():   # what a module binds: local there, global at run time
        scope = "global (module level)"
    elif sym.is_global():
        scope = "global (implicit)"
    elif sym.is_local():
        scope = "local"
    else:
        scope = "unknown"
    return f"parameter, {scope}" if sym.is_parameter() else scope


def scopes(table: symtable.SymbolTable, depth: int = 0):
    """(depth, table) for the table and every nested one, in source order."""
    yield depth, table
    for child in table.get_children():
        yield from scopes(child, depth + 1)


def symbols(table: symtable.SymbolTable) -> dict[str, str]:
    return {sym.get_name(): classify(sym) for sym in sorted(table.get_symbols(), key=lambda s: s.get_name())}


def show_symtable(top: symtable.SymbolTable) -> list[str]:
    lines = []
    for depth, table in scopes(top):
        pad = "  " * (depth + 1)
        lines.append(f"{pad}{block_type(table)} {table.get_name()!r} (line {table.get_lineno()})")
        for name, kind in symbols(table).items():
            lines.append(f"{pad}  {name:<10} {kind}")
    return lines


# ---------------------------------------------------------------- 4. bytecode
def code_objects(code: types.CodeType):
    """The code object and every code object among its constants, depth first."""
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from code_objects(const)


def argument(ins: dis.Instruction) -> str:
    if isinstance(ins.argval, types.CodeType):  # its repr holds an address and the file name
        return f"<code {ins.argval.co_qualname}>"
    return ins.argrepr


def show_code(code: types.CodeType) -> list[str]:
    facts = [f"line {code.co_firstlineno}", f"{code.co_argcount} args"]
    for label, names in (("locals", code.co_varnames), ("cells", code.co_cellvars),
                         ("frees", code.co_freevars)):
        if names:
            facts.append(f"{label} {', '.join(names)}")
    lines = [f"  code {code.co_qualname}: {'; '.join(facts)}"]
    previous = object()
    for ins in dis.get_instructions(code):
        lineno = ins.positions.lineno if ins.positions else None
        shown = "" if lineno == previous else ("-" if lineno is None else str(lineno))
        previous = lineno
        label = getattr(ins, "label", None)       # 3.13+: jump targets are labelled L1, L2 ...
        if label is not None:
            target = f"L{label}:"
        else:                                       # 3.12: targets are offsets, marked >>
            target = ">>" if ins.is_jump_target else ""
        arg = "" if ins.arg is None else ins.arg
        lines.append(f"    {shown:>3} {target:>4} {ins.offset:>4} {ins.opname:<26} {arg:>3}  {argument(ins)}".rstrip())
    return lines


# ---------------------------------------------------------------- 5. summary
def counted(counter: collections.Counter) -> str:
    return ", ".join(f"{name} {n}" for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def summary(toks, tree, top, code) -> list[str]:
    magic = int.from_bytes(importlib.util.MAGIC_NUMBER[:2], "little")
    version = f"{platform.python_implementation()} {sys.version_info.major}.{sys.version_info.minor}"
    kinds = collections.Counter(block_type(table) for _, table in scopes(top))
    codes = list(code_objects(code))
    sizes = {c.co_qualname: len(list(dis.get_instructions(c))) for c in codes}
    nodes = node_counts(tree)
    rows = [
        ("interpreter", f"{version}, bytecode magic number {magic}"),
        ("tokens", f"{len(toks)}: {counted(collections.Counter(tokenize.tok_name[t.type] for t in toks))}"),
        ("AST nodes", f"{sum(nodes.values())}: {counted(nodes)}"),
        ("scopes", f"{sum(kinds.values())}: {counted(kinds)}"),
        ("instructions", f"{sum(sizes.values())} in {len(codes)} code object{'s' if len(codes) > 1 else ''}: "
                         + ", ".join(f"{name} {n}" for name, n in sizes.items())),
    ]
    lines = []
    for title, text in rows:
        wrapped = textwrap.wrap(text, 72) or [""]
        lines.append(f"  {title:<13} {wrapped[0]}")
        lines.extend(f"  {'':<13} {more}" for more in wrapped[1:])
    return lines


# ---------------------------------------------------------------- driver
def analyse(source: str, filename: str = "<demo>") -> dict:
    """Every stage's result. Raises SyntaxError for source the compiler rejects."""
    tree = ast.parse(source, filename)
    code = compile(source, filename, "exec")        # also runs the symtable checks
    top = symtable.symtable(source, filename, "exec")
    return {"source": source, "filename": filename, "tokens": tokens(source), "ast": tree,
            "symtable": top, "code": code}


def render(result: dict, only=STAGES) -> list[str]:
    out = []
    if "source" in only:
        numbered = [f"  {n:>3} | {line}" for n, line in enumerate(result["source"].splitlines(), 1)]
        out += [f"== source: {result['filename']}, {len(numbered)} lines =="] + numbered
    toks, tree, top, code = result["tokens"], result["ast"], result["symtable"], result["code"]
    if "tokens" in only:
        out += ["== 1. tokens (tokenize.generate_tokens): start-end, type, text =="] + show_tokens(toks)
    if "ast" in only:
        out += ["== 2. AST (ast.dump, indent=2) =="] + show_ast(tree)
    if "symtable" in only:
        out += ["== 3. symbol table (symtable.symtable): blocks and names =="] + show_symtable(top)
    if "bytecode" in only:
        out += ["== 4. bytecode (dis.get_instructions): line, jump label, offset, instruction, argument =="]
        for c in code_objects(code):
            out += show_code(c)
    if "summary" in only:
        out += ["== 5. summary =="] + summary(toks, tree, top, code)
    return out


def parse_only(text: str) -> tuple[str, ...]:
    wanted = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [w for w in wanted if w not in STAGES]
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(f"unknown stage {', '.join(unknown) or text!r}; choose from {', '.join(STAGES)}")
    return wanted


def syntax_error_message(err: SyntaxError, source: str = "") -> list[str]:
    lines = [f"pipeline: {type(err).__name__} in {err.filename}, line {err.lineno}: {err.msg}"]
    text = err.text
    if not text and err.lineno and 0 < err.lineno <= len(source.splitlines()):
        text = source.splitlines()[err.lineno - 1]   # the symtable pass's errors carry no text
        err.offset = None
    if text and text.strip():
        text = text.rstrip("\n")
        stripped = text.lstrip()
        lines.append("    " + stripped)
        if err.offset:
            lines.append("    " + " " * max(err.offset - 1 - (len(text) - len(stripped)), 0) + "^")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="pipeline.py", description=__doc__.splitlines()[0])
    source_group = parser.add_mutually_exclusive_group()
    source_group.add_argument("file", nargs="?", help="a Python source file (default: a demo snippet)")
    source_group.add_argument("-c", dest="command", metavar="SOURCE", help="source text to analyse")
    parser.add_argument("--only", type=parse_only, default=STAGES,
                        help=f"comma-separated stages to show, among {','.join(STAGES)}")
    args = parser.parse_args(argv)

    if args.command is not None:
        source, filename = args.command, "<string>"
    elif args.file is not None:
        try:
            with tokenize.open(args.file) as f:      # honours a coding declaration, like the compiler
                source = f.read()
        except (OSError, SyntaxError, UnicodeDecodeError) as err:
            print(f"pipeline: cannot read {args.file}: {err}", file=sys.stderr)
            return 1
        filename = os.path.basename(args.file)       # never an absolute path in the output
    else:
        source, filename = DEMO, "<demo>"
    if source and not source.endswith("\n"):
        source += "\n"

    try:
        result = analyse(source, filename)
    except SyntaxError as err:
        print("\n".join(syntax_error_message(err, source)), file=sys.stderr)
        return 1
    print("\n".join(render(result, args.only)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
