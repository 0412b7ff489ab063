"""Tests of the object inspector; run with any interpreter: python -m unittest test_objinspect"""
import gc
import re
import sys
import sysconfig
import unittest
from pathlib import Path

import objinspect


class InspectorTests(unittest.TestCase):
    def setUp(self):
        objinspect.check_build()

    def test_type_pointer_in_header(self):
        for obj in (None, 1, "x", [], (), {}, objinspect.Point(0, 0)):
            self.assertTrue(objinspect.header(obj)["type_matches"], type(obj))

    def test_immortal_singletons_and_mortal_new_objects(self):
        self.assertTrue(objinspect.header(None)["immortal"])
        self.assertTrue(objinspect.header(True)["immortal"])
        self.assertFalse(objinspect.header([])["immortal"])

    def test_refcount_field_counts_references(self):
        data = []
        before = objinspect.header(data)["refcount"]
        holder = [data, data, data]
        self.assertEqual(objinspect.header(data)["refcount"] - before, 3)
        del holder

    def test_ob_size_is_the_length(self):
        for obj in ((), (1, 2, 3), [], [1, 2], b"abc"):
            self.assertEqual(objinspect.ob_size(obj), len(obj))

    def test_getsizeof_is_sizeof_plus_preheader(self):
        for obj in ([], (1,), 1.5, object(), objinspect.Point(1, 2), {"a": 1}):
            info = objinspect.inspect(obj)
            self.assertEqual(info["getsizeof"] - info["sizeof"], info["preheader"], type(obj))

    def test_flags(self):
        self.assertIn("HEAPTYPE", objinspect.flags(objinspect.Point))
        self.assertIn("MANAGED_DICT", objinspect.flags(objinspect.Point))
        self.assertNotIn("HEAPTYPE", objinspect.flags(list))
        self.assertIn("LIST_SUBCLASS", objinspect.flags(list))
        self.assertIn("HAVE_GC", objinspect.flags(list))
        self.assertEqual(gc.is_tracked(objinspect.Point(1, 2)), "HAVE_GC" in objinspect.flags(objinspect.Point))

    def test_operations(self):
        ops = objinspect.implemented(objinspect.Point)
        self.assertEqual(ops["__add__"], "Python (Point)")
        self.assertTrue(ops["__repr__"].startswith("C "))
        self.assertEqual(objinspect.implemented(list)["__len__"], "C (list)")
        self.assertEqual(objinspect.implemented(list)["__hash__"], "disabled (list)")

    def test_flag_values_match_this_versions_headers(self):
        """The FLAGS table is checked against Include/object.h of the running interpreter."""
        include = Path(sysconfig.get_paths()["include"])
        header = include / "object.h"
        if not header.is_file():
            self.fail(f"this interpreter's headers are not installed (looked for {header})")
        text = header.read_text()
        for name, value in objinspect.FLAGS.items():
            m = re.search(rf"#define Py_TPFLAGS_{name}\s+\((?:1|1UL) << (\d+)\)", text)
            self.assertIsNotNone(m, f"Py_TPFLAGS_{name} not found in {header}")
            self.assertEqual(1 << int(m.group(1)), value, name)


if __name__ == "__main__":
    unittest.main()
