"""Lab: hunt the leaks of leaky_service.py with tracemalloc and the gc module.

    python leakhunt.py               hunt in leaky_service, then check fixed_service

The hunt follows the workflow of the chapter "Measuring memory and hunting leaks":

1. Start tracing, then warm up, so that caches and free lists that fill once are
   full, then collect. (Tracing starts first: a block allocated before tracing
   started is invisible to tracemalloc, even when it is freed later.)
2. Take a tracemalloc snapshot, run more requests, collect, take another.
3. Diff the snapshots by line ("lineno"): which lines own memory that stayed?
4. Diff them by traceback: which call path led to the growing line?
5. Ask the garbage collector who still refers to a leaked object, link by link,
   until a known root is reached.
6. Repeat the measurement on the fixed service: the diff should be flat.

Everything printed is a count, a per-request figure or a type name, so the output is
the same from run to run (tracemalloc records the sizes requested, which do not depend
on addresses). A test suite, test_leakhunt.py, checks the tool on both services.
"""
from __future__ import annotations

import gc
import linecache
import os
import tracemalloc
import types

import fixed_service
import leaky_service

WARMUP = 200          # requests before the first snapshot
REQUESTS = 500        # requests between the two snapshots
NFRAMES = 10          # frames stored per allocation traceback
THRESHOLD = 0.5       # a line "grows" if it gained at least 0.5 blocks per request
BYTES = 8             # ... or at least 8 bytes per request (a container that grows in place)

LAB_FILES = (leaky_service.__file__, fixed_service.__file__)


def workload(service, first, count):
    for request_id in range(first, first + count):
        service.handle(request_id)


def measure(module, warmup=WARMUP, requests=REQUESTS):
    """Run the workload under tracemalloc; return (service, before, after)."""
    tracemalloc.start(NFRAMES)      # before the warm-up: untraced blocks are invisible
    try:
        service = module.Service()
        workload(service, 0, warmup)
        gc.collect()
        before = tracemalloc.take_snapshot()
        workload(service, warmup, requests)
        gc.collect()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__),
              tracemalloc.Filter(False, "<frozen importlib._bootstrap*>"),
              tracemalloc.Filter(False, "<unknown>")]
    return service, before.filter_traces(ignore), after.filter_traces(ignore)


def growth(before, after, requests=REQUESTS, key_type="lineno"):
    """StatisticDiff entries that gained THRESHOLD blocks or BYTES bytes per request."""
    return [d for d in after.compare_to(before, key_type)
            if d.count_diff >= THRESHOLD * requests or d.size_diff >= BYTES * requests]


def where(frame):
    name = os.path.basename(frame.filename)
    code = linecache.getline(frame.filename, frame.lineno).strip()
    return f"{name}:{frame.lineno}", code


def describe_link(holder, obj):
    """How `holder` refers to `obj`, in Python terms."""
    if isinstance(holder, list):
        return f"item of a list of {len(holder)}"
    if isinstance(holder, dict):
        for key, value in holder.items():
            if value is obj:
                return f"value of dict key {key!r}"
        return "a dict"
    if getattr(holder, "__self__", None) is obj:
        return "__self__ of a bound method"
    for name, value in getattr(holder, "__dict__", {}).items():
        if value is obj:
            return f"attribute {type(holder).__name__}.{name}"
    return f"referred to by a {type(holder).__name__}"


def chain_to_root(obj, roots, max_depth=8):
    """Breadth-first search UP the referrer graph, from obj to one of `roots`.

    Returns the list of (holder, how) links, nearest holder first, or None.
    gc.get_referrers sees only GC-tracked containers, and it also reports the
    search's own bookkeeping (the queue, its tuples, the previous result list),
    so every container made here is remembered by id and skipped.
    """
    mine = set()

    def keep(container):
        mine.add(id(container))
        return container

    root_ids = {id(r) for r in roots}
    visited = keep({id(obj)})
    queue = keep([keep((obj, keep([])))])
    while queue:
        target, path = queue.pop(0)
        if len(path) >= max_depth:
            continue
        holders = keep(gc.get_referrers(target))
        for holder in holders:
            if id(holder) in mine or id(holder) in visited or isinstance(holder, types.FrameType):
                continue
            visited.add(id(holder))
            link = keep(path + [keep((holder, describe_link(holder, target)))])
            if id(holder) in root_ids:
                return link
            queue.append(keep((holder, link)))
        del holders
    return None


def referents(holder):
    """(child, how) for each object gc.get_referents(holder) returns; an instance's
    __dict__ is looked through, so its attributes appear as direct links."""
    for child in gc.get_referents(holder):
        if isinstance(child, dict) and getattr(holder, "__dict__", None) is child:
            for name, value in child.items():
                yield value, f"attribute {type(holder).__name__}.{name}"
        else:
            yield child, describe_link(holder, child)


def path_from_root(root, obj, max_depth=6):
    """Breadth-first search DOWN from root with gc.get_referents until obj is found.

    get_referents asks each container's tp_traverse, which works whether or not the
    container is currently tracked by the collector. Classes and modules are not
    entered: every instance refers to its class, and a class leads everywhere.
    """
    queue = [(root, [])]
    visited = {id(root)}
    while queue:
        holder, path = queue.pop(0)
        if len(path) >= max_depth:
            continue
        for child, how in referents(holder):
            if id(child) in visited or isinstance(child, (type, types.ModuleType)):
                continue
            visited.add(id(child))
            link = path + [(child, how)]
            if child is obj:
                return link
            queue.append((child, link))
    return None


def hunt(module, title):
    print(f"== {title}: {module.__name__}.py ==")
    service, before, after = measure(module)
    grown = growth(before, after)
    print(f"step 1  {REQUESTS} requests after {WARMUP} warm-up requests, snapshots diffed by line")
    if not grown:
        print(f"        no line gained {THRESHOLD} blocks or {BYTES} bytes per request: the diff is flat")
    for d in grown:
        place, code = where(d.traceback[0])
        print(f"        {place:<22} {d.count_diff / REQUESTS:+.2f} blocks/request"
              f"  {d.size_diff / REQUESTS:+.0f} B/request  {code}")
    if grown:
        top = growth(before, after, key_type="traceback")[0]
        print("step 2  the largest growing traceback, oldest frame first (lab files only):")
        for frame in top.traceback:
            if frame.filename in LAB_FILES:
                place, code = where(frame)
                print(f"        {place:<22} {code}")
    gc.collect()
    sessions = [o for o in gc.get_objects() if isinstance(o, module.Session)]
    print(f"step 3  Session objects alive after gc.collect(): {len(sessions)}")
    pages = len(service.cache.pages)
    print(f"        pages held by the cache: {pages}")
    if sessions:
        oldest = min(sessions, key=lambda s: s.request_id)
        del sessions
        print(f"step 4  who holds Session(request_id={oldest.request_id})?  gc.get_referrers, up to the service:")
        for holder, how in chain_to_root(oldest, [service]):
            print(f"        <- {type(holder).__name__:<8} ({how})")
        in_cycle = any(r is oldest.callback for r in gc.get_referents(oldest))
        print(f"        the session also refers to its own bound method (a cycle): {in_cycle}")
        page = service.cache.pages["/user/0"]
        found = any(h is service.cache.pages for h in gc.get_referrers(page))
        print(f"step 5  is the cache's dict among gc.get_referrers(page)? {found}"
              f" (is that dict tracked by the GC? {gc.is_tracked(service.cache.pages)})")
        print("        the same page found from the service down, with gc.get_referents:")
        for child, how in path_from_root(service, page):
            print(f"        -> {type(child).__name__:<9} ({how})")
    print()
    return grown


if __name__ == "__main__":
    hunt(leaky_service, "the leak")
    hunt(fixed_service, "after the fix")
