"""Tests of the pipeline viewer; run with any interpreter: python -m unittest test_pipeline

main(argv) runs in-process, its output captured with contextlib.redirect_stdout, so no
second interpreter is started.
"""
import contextlib
import dis
import io
import os
import re
import tempfile
import unittest

import pipeline

CLOSURE = """\
counter = 0

def make_adder(step):
    global counter
    counter += 1
    def add(value):
        return value + step
    return add

class Box:
    def get(self):
        return __class__
"""


def run(*argv):
    """(exit status, stdout, stderr) of pipeline.main(argv)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = pipeline.main(list(argv))
        except SystemExit as exc:              # argparse's way of rejecting arguments
            status = exc.code
    return status, out.getvalue(), err.getvalue()


def tables(source):
    """{block name: {symbol: classification}} for every block of the source's symbol table."""
    top = pipeline.analyse(source)["symtable"]
    found = {}
    for _, table in pipeline.scopes(top):
        found.setdefault(table.get_name(), pipeline.symbols(table))
    return found


def sections(output):
    return re.findall(r"^== (?:\d\. )?(\w+)", output, flags=re.MULTILINE)


class TokenTests(unittest.TestCase):
    def test_indent_and_dedent_are_found(self):
        toks = pipeline.tokens(pipeline.DEMO)
        names = [pipeline.token_name(t) for t in toks]
        self.assertEqual(names.count("INDENT"), 2)      # the demo has two nested bodies
        self.assertEqual(names.count("DEDENT"), 2)
        self.assertEqual(names[-1], "ENDMARKER")
        first_indent = toks[names.index("INDENT")]
        self.assertEqual((first_indent.start, first_indent.string), ((2, 0), "    "))

    def test_operators_get_their_exact_type_and_positions(self):
        status, out, _ = run("--only", "tokens", "-c", "x = (a + 1)")
        self.assertEqual(status, 0)
        self.assertRegex(out, r"1:0-1:1 +NAME +'x'")
        self.assertRegex(out, r"1:4-1:5 +OP LPAR +'\('")
        self.assertRegex(out, r"1:7-1:8 +OP PLUS +'\+'")
        self.assertRegex(out, r"1:9-1:10 +NUMBER +'1'")


class AstTests(unittest.TestCase):
    def test_node_types(self):
        counts = pipeline.node_counts(pipeline.analyse(pipeline.DEMO)["ast"])
        self.assertEqual(counts["FunctionDef"], 2)
        self.assertEqual(counts["Return"], 2)
        self.assertEqual(counts["BinOp"], 1)
        self.assertEqual(counts["arg"], 2)
        status, out, _ = run("--only", "ast")
        self.assertEqual(status, 0)
        for node in ("Module(", "FunctionDef(", "name='outer'", "name='inner'", "BinOp(", "op=Add()", "Return("):
            self.assertIn(node, out)


class SymtableTests(unittest.TestCase):
    def test_closure_cell_and_free(self):
        found = tables(pipeline.DEMO)
        self.assertEqual(found["outer"], {"n": "parameter, cell", "inner": "local"})
        self.assertEqual(found["inner"], {"n": "free", "x": "parameter, local"})

    def test_globals_and_class_cell(self):
        found = tables(CLOSURE)
        self.assertEqual(found["top"]["counter"], "global (declared)")   # declared global inside a function
        self.assertEqual(found["top"]["make_adder"], "global (module level)")
        self.assertEqual(found["make_adder"]["counter"], "global (declared)")
        self.assertEqual(found["make_adder"]["step"], "parameter, cell")
        self.assertEqual(found["add"]["step"], "free")
        self.assertEqual(found["add"]["value"], "parameter, local")
        self.assertEqual(found["get"]["__class__"], "free")           # super()'s hidden cell
        self.assertEqual(found["get"]["self"], "parameter, local")

    def test_cells_and_frees_agree_with_the_compiler(self):
        """The symtable stage's cell/free names are the code objects' co_cellvars/co_freevars."""
        result = pipeline.analyse(CLOSURE)
        codes = {c.co_name: c for c in pipeline.code_objects(result["code"])}
        checked = 0
        for _, table in pipeline.scopes(result["symtable"]):
            if pipeline.block_type(table) not in ("function", "class") or table.get_name() not in codes:
                continue
            kinds = pipeline.symbols(table)
            code = codes[table.get_name()]
            cells = {n for n, k in kinds.items() if k.endswith("cell")}
            frees = {n for n, k in kinds.items() if k == "free"}
            if pipeline.block_type(table) == "class":     # a class body gets __class__ as a cell
                cells.add("__class__")
            self.assertEqual(cells, set(code.co_cellvars), table.get_name())
            self.assertEqual(frees, set(code.co_freevars), table.get_name())
            checked += 1
        self.assertEqual(checked, 4)                   # make_adder, add, Box, get

    def test_builtin_is_an_implicit_global(self):
        self.assertEqual(tables("def f():\n    return len\n")["f"]["len"], "global (implicit)")

    def test_block_types_are_plain_strings(self):
        top = pipeline.analyse(CLOSURE)["symtable"]
        kinds = {table.get_name(): pipeline.block_type(table) for _, table in pipeline.scopes(top)}
        self.assertEqual(kinds["top"], "module")
        self.assertEqual(kinds["make_adder"], "function")
        self.assertEqual(kinds["Box"], "class")
        status, out, _ = run("--only", "symtable")
        self.assertIn("  module 'top' (line 0)", out)
        self.assertIn("    function 'outer' (line 1)", out)
        self.assertNotIn("SymbolTableType", out)


class BytecodeTests(unittest.TestCase):
    def test_nested_code_objects_are_listed(self):
        code = pipeline.analyse(pipeline.DEMO)["code"]
        names = [c.co_qualname for c in pipeline.code_objects(code)]
        self.assertEqual(names[0], "<module>")
        self.assertIn("outer", names)
        self.assertIn("outer.<locals>.inner", names)
        self.assertLess(names.index("outer"), names.index("outer.<locals>.inner"))
        status, out, _ = run("--only", "bytecode")
        self.assertEqual(status, 0)
        headers = re.findall(r"^  code (\S+):", out, flags=re.MULTILINE)
        self.assertEqual(headers, names)
        self.assertIn("<code outer.<locals>.inner>", out)
        self.assertIn("cells n", out)
        self.assertIn("frees n", out)

    def test_every_instruction_is_shown_with_its_line(self):
        code = pipeline.analyse(pipeline.DEMO)["code"]
        inner = [c for c in pipeline.code_objects(code) if c.co_name == "inner"][0]
        rows = pipeline.show_code(inner)[1:]
        instructions = list(dis.get_instructions(inner))
        self.assertEqual(len(rows), len(instructions))
        for row, ins in zip(rows, instructions):
            self.assertRegex(row, rf" {ins.offset} {ins.opname}\b")
        # the free variable is read with LOAD_DEREF, on line 3 of the demo
        deref = [r for r in rows if "LOAD_DEREF" in r][0]
        self.assertTrue(deref.endswith(" n"))
        line3 = [r for r in rows if re.match(r"\s+3 ", r)]
        self.assertEqual(len(line3), 1)               # the line number is printed once per change

    def test_jump_targets_are_marked(self):
        status, out, _ = run("--only", "bytecode", "-c", "for i in range(3):\n    pass\n")
        self.assertEqual(status, 0)
        self.assertIn("FOR_ITER", out)
        self.assertRegex(out, r"(L\d+:|>>) +\d+ ")   # labels on 3.13+, >> on 3.12


class CommandLineTests(unittest.TestCase):
    def test_default_run_shows_every_stage_briefly_and_deterministically(self):
        status, out, err = run()
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(sections(out), ["source", "tokens", "AST", "symbol", "bytecode", "summary"])
        self.assertLess(len(out.splitlines()), 150)
        self.assertNotIn("0x", out)
        self.assertNotIn(os.path.dirname(os.path.abspath(pipeline.__file__)), out)
        self.assertEqual(run()[1], out)

    def test_only_filters_stages(self):
        status, out, _ = run("--only", "tokens,ast")
        self.assertEqual(status, 0)
        self.assertEqual(sections(out), ["tokens", "AST"])
        status, out, _ = run("--only", " summary , bytecode")   # shown in pipeline order
        self.assertEqual(sections(out), ["bytecode", "summary"])

    def test_only_rejects_an_unknown_stage(self):
        status, out, err = run("--only", "tokens,parser")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("unknown stage 'parser'", err)

    def test_summary_counts(self):
        status, out, _ = run("--only", "summary", "-c", "x = 1\n")
        self.assertEqual(status, 0)
        self.assertRegex(out, r"tokens +5: ")                        # NAME OP NUMBER NEWLINE ENDMARKER
        self.assertRegex(out, r"AST nodes +5: Assign 1, Constant 1, Module 1, Name 1, Store 1")
        self.assertRegex(out, r"scopes +1: module 1")
        total = len(list(dis.get_instructions(compile("x = 1\n", "<string>", "exec"))))
        self.assertRegex(out, rf"instructions +{total} in 1 code object: <module> {total}")
        self.assertRegex(out, r"interpreter +CPython 3\.\d+, bytecode magic number \d+")

    def test_file_argument_shows_only_the_base_name(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "snippet.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(CLOSURE)
            status, out, _ = run("--only", "source,bytecode", path)
        self.assertEqual(status, 0)
        self.assertIn("== source: snippet.py, 12 lines ==", out)
        self.assertNotIn(folder, out)
        self.assertIn("code make_adder.<locals>.add:", out)
        self.assertIn("code Box.get:", out)

    def test_missing_file_fails_with_a_message(self):
        status, out, err = run(os.path.join(tempfile.gettempdir(), "no-such-dir", "missing.py"))
        self.assertEqual((status, out), (1, ""))
        self.assertIn("pipeline: cannot read", err)

    def test_syntax_error_is_reported_clearly(self):
        status, out, err = run("-c", "x = 1\ndef f(:\n    pass\n")
        self.assertEqual(status, 1)
        self.assertEqual(out, "")
        self.assertRegex(err, r"^pipeline: SyntaxError in <string>, line 2: ")
        self.assertIn("    def f(:\n", err)
        self.assertNotIn("Traceback", err)

    def test_indentation_error_is_reported_clearly(self):
        status, _, err = run("-c", "if x:\n    a\n  b\n")
        self.assertEqual(status, 1)
        self.assertRegex(err, r"^pipeline: IndentationError in <string>, line 3: ")

    def test_symtable_errors_are_caught_too(self):
        # the parser accepts this; the symbol table pass rejects it
        status, _, err = run("-c", "def f(a):\n    global a\n")
        self.assertEqual(status, 1)
        self.assertIn("pipeline: SyntaxError in <string>, line 2: name 'a' is parameter and global", err)
        self.assertIn("    global a", err)


if __name__ == "__main__":
    unittest.main()
