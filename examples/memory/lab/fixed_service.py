"""Lab: the service of leaky_service.py with both leaks repaired.

    python fixed_service.py          handle a few requests and count what stays alive

1. `PageCache` is bounded: an LRU cache that evicts the least recently used page
   once it holds `maxsize` pages.
2. The bus holds a *weak* reference to each listener (weakref.WeakMethod), and a
   `Session` no longer stores its own bound method, so there is no cycle either.
   When the request ends, the session's reference count drops to zero and it is
   freed at once; the dead weak reference is pruned on the next publish.
"""
from __future__ import annotations

import weakref
from collections import OrderedDict


class EventBus:
    """Calls every live subscribed listener for every event."""

    def __init__(self):
        self.listeners = []

    def subscribe(self, callback):
        self.listeners.append(weakref.WeakMethod(callback))

    def publish(self, event):
        alive = []
        for ref in self.listeners:
            callback = ref()
            if callback is not None:
                alive.append(ref)
                callback(event)
        self.listeners = alive


class PageCache:
    """Memoises rendered pages, keeping at most `maxsize` of them."""

    def __init__(self, maxsize=64):
        self.pages = OrderedDict()
        self.maxsize = maxsize

    def get(self, key, render):
        page = self.pages.get(key)
        if page is None:
            page = render(key)
            self.pages[key] = page
            if len(self.pages) > self.maxsize:
                self.pages.popitem(last=False)
        else:
            self.pages.move_to_end(key)
        return page


class Session:
    def __init__(self, request_id, bus):
        self.request_id = request_id
        self.last_event = None
        bus.subscribe(self.on_event)          # the bus keeps only a weak reference

    def on_event(self, event):
        self.last_event = event


def render_page(key):
    return f"<html><body>page for {key}</body></html>".ljust(400)


class Service:
    def __init__(self):
        self.bus = EventBus()
        self.cache = PageCache()

    def handle(self, request_id):
        session = Session(request_id, self.bus)
        page = self.cache.get(f"/user/{request_id}", render_page)
        self.bus.publish(("rendered", request_id))
        return len(page), session.last_event


if __name__ == "__main__":
    import gc
    service = Service()
    for i in range(100):
        service.handle(i)
    gc.collect()
    alive = sum(isinstance(o, Session) for o in gc.get_objects())
    print("requests handled   :", 100)
    print("sessions still alive:", alive)
    print("pages in the cache  :", len(service.cache.pages))
