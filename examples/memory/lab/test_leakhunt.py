"""Tests of the leak hunter; run with any interpreter: python -m unittest test_leakhunt"""
import gc
import os
import unittest

import fixed_service
import leakhunt
import leaky_service

# the warm-up must fill the fixed service's bounded cache (64 pages), or its filling looks like growth
WARMUP, REQUESTS = 100, 300


def line_of(module, text):
    """The line number of the first line of module's source containing text."""
    with open(module.__file__, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if text in line:
                return number
    raise AssertionError(f"{text!r} not found in {module.__file__}")


def grown_places(module):
    service, before, after = leakhunt.measure(module, warmup=WARMUP, requests=REQUESTS)
    grown = leakhunt.growth(before, after, requests=REQUESTS)
    return service, {(os.path.basename(d.traceback[0].filename), d.traceback[0].lineno): d for d in grown}


class LeakHuntTests(unittest.TestCase):
    def tearDown(self):
        gc.collect()

    def test_finds_the_lines_that_leak(self):
        _, places = grown_places(leaky_service)
        render = line_of(leaky_service, 'return f"<html><body>page for')
        bound = line_of(leaky_service, "self.callback = self.on_event")
        store = line_of(leaky_service, "self.pages[key] = page")
        for line in (render, bound, store):
            self.assertIn(("leaky_service.py", line), places)
        # one rendered page and one bound method stay alive per request
        self.assertEqual(places[("leaky_service.py", render)].count_diff, REQUESTS)
        self.assertEqual(places[("leaky_service.py", bound)].count_diff, REQUESTS)
        # the rendered page is the largest growth
        biggest = max(places.values(), key=lambda d: d.size_diff)
        self.assertEqual(biggest.traceback[0].lineno, render)

    def test_traceback_grouping_shows_the_call_path(self):
        _, before, after = leakhunt.measure(leaky_service, warmup=WARMUP, requests=REQUESTS)
        top = leakhunt.growth(before, after, requests=REQUESTS, key_type="traceback")[0]
        lines = [f.lineno for f in top.traceback if f.filename == leaky_service.__file__]
        self.assertEqual(lines, [line_of(leaky_service, "page = self.cache.get("),
                                 line_of(leaky_service, "page = render(key)"),
                                 line_of(leaky_service, 'return f"<html><body>page for')])

    def test_fixed_service_is_flat(self):
        service, places = grown_places(fixed_service)
        self.assertEqual(places, {})
        self.assertLessEqual(len(service.cache.pages), service.cache.maxsize)
        gc.collect()
        self.assertFalse(any(isinstance(o, fixed_service.Session) for o in gc.get_objects()))

    def test_referrer_chain_reaches_the_service(self):
        service = leaky_service.Service()
        leakhunt.workload(service, 0, 20)
        gc.collect()
        sessions = [o for o in gc.get_objects() if isinstance(o, leaky_service.Session)]
        self.assertEqual(len(sessions), 20)
        session = sessions[0]
        del sessions
        chain = leakhunt.chain_to_root(session, [service])
        self.assertIsNotNone(chain)
        kinds = [type(holder).__name__ for holder, _ in chain]
        self.assertEqual(kinds, ["method", "list", "EventBus", "Service"])
        self.assertIs(chain[0][0].__self__, session)

    def test_referents_path_finds_an_untracked_holder(self):
        service = leaky_service.Service()
        leakhunt.workload(service, 0, 5)
        page = service.cache.pages["/user/0"]
        path = leakhunt.path_from_root(service, page)
        self.assertIsNotNone(path)
        self.assertIs(path[-1][0], page)
        self.assertIs(path[-2][0], service.cache.pages)

    def test_fixed_bus_forgets_dead_sessions(self):
        service = fixed_service.Service()
        leakhunt.workload(service, 0, 10)
        self.assertLessEqual(len(service.bus.listeners), 1)


if __name__ == "__main__":
    unittest.main()
