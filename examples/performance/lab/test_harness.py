"""Tests of the benchmark harness itself (run by the book's tests under every declared interpreter).

    python -m unittest -v test_harness
"""
import json
import statistics
import subprocess
import unittest

import harness


def _case(name, kind, func, check=None, since=None, count=1):
    c = harness.Case("fake", name, kind, func, f"fake case {name}", check,
                     tuple(int(x) for x in since.split(".")) if since else None, count)
    return c


class Discovery(unittest.TestCase):
    def test_every_module_loads_with_a_title_and_cases(self):
        groups = harness.load()
        self.assertEqual([g.module for g in groups], harness.module_names())
        for g in groups:
            self.assertTrue(g.title, g.name)
            self.assertTrue(g.cases, g.name)
            for c in g.cases:
                self.assertIn(c.kind, harness.KINDS)
                self.assertTrue(c.doc, c.id)

    def test_every_check_agrees(self):
        harness.verify(harness.load())  # raises SystemExit on a disagreement

    def test_a_disagreeing_variant_is_caught(self):
        g = harness.Group("fake", "Fake", "bench_fake",
                          [_case("a", "timed", lambda loops: 1, check="k"),
                           _case("b", "timed", lambda loops: 2, check="k")])
        with self.assertRaises(SystemExit) as cm:
            harness.verify([g])
        self.assertIn("check='k'", str(cm.exception))

    def test_since_skips_newer_cases(self):
        self.assertFalse(_case("new", "wall", lambda: 0, since="9.99").runs_here())
        self.assertTrue(_case("old", "wall", lambda: 0, since="3.0").runs_here())

    def test_hash_changes_with_the_source(self):
        g = harness.load({"baseline"})[0]
        self.assertEqual(len(g.hash), 16)
        self.assertNotEqual(g.hash, harness.source_hash([harness.HERE / "harness.py"]))


class Measuring(unittest.TestCase):
    def test_timed_calibrates_to_the_target(self):
        calls = []

        def op(loops):
            calls.append(loops)
            total = 0
            for i in range(loops):
                total += i
            return total
        r = harness.measure_timed(_case("op", "timed", op), samples=3, target_ns=2e6)
        self.assertEqual(len(r["samples"]), 3)
        self.assertGreater(r["loops"], 1)
        self.assertEqual(calls[-1], r["loops"])
        self.assertTrue(all(0 < s < 2e6 for s in r["samples"]), r["samples"])

    def test_wall_warms_up_once_then_samples(self):
        calls = []
        r = harness.measure_wall(_case("w", "wall", lambda: calls.append(1)), samples=4)
        self.assertEqual(len(calls), 5)
        self.assertEqual(len(r["samples"]), 4)

    def test_memory_runs_in_a_fresh_interpreter_and_is_exact(self):
        case = next(c for c in harness.load({"baseline"})[0].cases if c.kind == "memory")
        first, second = harness.measure_memory(case), harness.measure_memory(case)
        self.assertEqual(first, second)
        self.assertEqual(first["count"], case.count)
        self.assertGreater(first["bytes"], case.count * 8)  # at least a pointer per item

    def test_stats(self):
        s = harness.stats([3.0, 1.0, 2.0, 10.0])
        self.assertEqual((s["median"], s["min"], s["max"], s["n"]), (2.5, 1.0, 10.0, 4))
        self.assertAlmostEqual(s["stdev"], statistics.stdev([3.0, 1.0, 2.0, 10.0]))


class CommandLine(unittest.TestCase):
    def run_harness(self, *args):
        proc = subprocess.run(harness.python_command() + ["harness.py", *args], cwd=harness.HERE,
                              capture_output=True, text=True)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return proc.stdout

    def test_catalogue_lists_every_case(self):
        out = self.run_harness()
        for g in harness.load():
            self.assertIn(f"{g.name}: {g.title}", out)
            for c in g.cases:
                self.assertIn(c.name, out)

    def test_quick_run_writes_every_case(self):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            path = f"{tmp}/r.json"
            self.run_harness("run", "--quick", "--only", "baseline", "--json", path)
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        cases = data["groups"]["baseline"]["cases"]
        expected = {c.name for c in harness.load({"baseline"})[0].cases if c.runs_here()}
        self.assertEqual(set(cases), expected)
        self.assertEqual(data["interpreter"]["version"].rsplit(".", 1)[0],
                         ".".join(map(str, __import__("sys").version_info[:2])))


if __name__ == "__main__":
    unittest.main()
