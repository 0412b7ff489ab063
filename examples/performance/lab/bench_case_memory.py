"""Case study: a log analyser whose memory keeps growing, before and after the fixes.

The analyser keeps the most recent WINDOW requests for queries and tallies requests per
route. Its route function is memoised with `functools.lru_cache(maxsize=None)`, keyed by
the full path, query string included: every request adds a cache entry that is never
evicted. The memory cases measure the service after a fixed number of requests, with and
without the fixes, and then the record layouts the window can use.
"""
import functools
import sys
from collections import Counter, deque

from harness import main_for_module, memory, wall

TITLE = "Case study: a log analyser's memory, before and after"

WINDOW = 5_000
METHODS = ["GET", "GET", "GET", "POST", "GET", "PUT", "GET", "DELETE"]
ROUTES = ["/", "/search", "/item/{id}", "/item/{id}/reviews", "/cart", "/user/{id}", "/static/app.js"]
STATUSES = [200, 200, 200, 304, 200, 404, 200, 500]


def make_log(n, seed=2024):
    """n deterministic log lines: 'ip method path status size'."""
    state = seed
    lines = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        route = ROUTES[state % len(ROUTES)]
        path = route.replace("{id}", str(state % 997))
        if state % 3:
            path += f"?ref={i}"                        # a query string: almost every path is unique
        ip = f"10.0.{state % 7}.{state % 251}"
        lines.append(f"{ip} {METHODS[state % 8]} {path} {STATUSES[(state >> 4) % 8]} {state % 20_000}")
    return lines


def _route(path):
    """'/item/42?ref=7' -> '/item/{id}'"""
    base = path.partition("?")[0]
    return "/".join("{id}" if part.isdigit() else part for part in base.split("/"))


# --8<-- [start:leaky]
class LeakyAnalyser:
    """Keeps the last WINDOW requests as dicts; memoises routes by full path."""

    def __init__(self):
        self.recent = deque(maxlen=WINDOW)      # bounded on purpose
        self.per_route = Counter()              # a few keys
        self.route_of = functools.lru_cache(maxsize=None)(_route)

    def handle(self, line):
        ip, method, path, status, size = line.split()
        route = self.route_of(path)             # the cache key is the whole path
        self.per_route[route] += 1
        self.recent.append({"ip": ip, "method": method, "path": path, "route": route,
                            "status": int(status), "size": int(size)})
# --8<-- [end:leaky]


# --8<-- [start:fixed]
class Request:
    __slots__ = ("ip", "method", "path", "route", "status", "size")

    def __init__(self, ip, method, path, route, status, size):
        self.ip, self.method, self.path = ip, method, path
        self.route, self.status, self.size = route, status, size


class FixedAnalyser:
    """The same analyser: a bounded cache keyed by the path without its query
    string, and slots records whose repeated strings are interned."""

    def __init__(self):
        self.recent = deque(maxlen=WINDOW)
        self.per_route = Counter()
        self.route_of = functools.lru_cache(maxsize=1024)(_route)

    def handle(self, line):
        ip, method, path, status, size = line.split()
        route = self.route_of(path.partition("?")[0])        # a key that repeats
        self.per_route[route] += 1
        self.recent.append(Request(sys.intern(ip), sys.intern(method), path, route,
                                   int(status), int(size)))
# --8<-- [end:fixed]


class CacheFixedAnalyser(LeakyAnalyser):
    """Only the first fix: the bounded cache with a repeating key; records stay dicts."""

    def __init__(self):
        super().__init__()
        self.route_of = functools.lru_cache(maxsize=1024)(_route)

    def handle(self, line):
        ip, method, path, status, size = line.split()
        route = self.route_of(path.partition("?")[0])
        self.per_route[route] += 1
        self.recent.append({"ip": ip, "method": method, "path": path, "route": route,
                            "status": int(status), "size": int(size)})


REQUESTS = 20_000
LOG = make_log(REQUESTS)


def run(analyser, lines=LOG):
    for line in lines:
        analyser.handle(line)
    return analyser


# ---------------------------------------------------------------- the service after 20,000 requests

@memory("leaky analyser after 20,000 requests (window of 5,000 dicts, unbounded cache)", count=REQUESTS)
def service_leaky():
    return run(LeakyAnalyser())


@memory("cache fixed: lru_cache(maxsize=1024) keyed without the query string", count=REQUESTS)
def service_cache_fixed():
    return run(CacheFixedAnalyser())


@memory("both fixes: bounded cache, slots records, interned ip and method", count=REQUESTS)
def service_fixed():
    return run(FixedAnalyser())


# ---------------------------------------------------------------- 5,000 records in four layouts

RECORD_BYTES = [line.encode() for line in LOG[:WINDOW]]   # as read from a file: each case decodes


# --8<-- [start:layouts]
@memory("5,000 records as dicts (five keys)", count=WINDOW)
def records_dicts():
    out = []
    for raw in RECORD_BYTES:
        ip, method, path, status, size = raw.decode().split()
        out.append({"ip": ip, "method": method, "path": path, "status": int(status), "size": int(size)})
    return out


@memory("5,000 records as instances of a six-slot __slots__ class", count=WINDOW)
def records_slots():
    out = []
    for raw in RECORD_BYTES:
        ip, method, path, status, size = raw.decode().split()
        out.append(Request(ip, method, path, None, int(status), int(size)))
    return out


@memory("5,000 records as six-item tuples", count=WINDOW)
def records_tuples():
    out = []
    for raw in RECORD_BYTES:
        ip, method, path, status, size = raw.decode().split()
        out.append((ip, method, path, None, int(status), int(size)))
    return out


@memory("5,000 records as __slots__ instances, ip and method interned", count=WINDOW)
def records_slots_interned():
    out = []
    for raw in RECORD_BYTES:
        ip, method, path, status, size = raw.decode().split()
        out.append(Request(sys.intern(ip), sys.intern(method), path, None, int(status), int(size)))
    return out


@memory("5,000 raw lines, parsed again when needed", count=WINDOW)
def records_raw_lines():
    return [raw.decode() for raw in RECORD_BYTES]
# --8<-- [end:layouts]


# ---------------------------------------------------------------- does the fix cost speed?

def _summary(analyser):
    return sorted(analyser.per_route.items()), len(analyser.recent)


@wall("handle 20,000 requests with the leaky analyser", check="service")
def handle_leaky():
    return _summary(run(LeakyAnalyser()))


@wall("handle 20,000 requests with the fixed analyser", check="service")
def handle_fixed():
    return _summary(run(FixedAnalyser()))


if __name__ == "__main__":
    main_for_module(__file__)
