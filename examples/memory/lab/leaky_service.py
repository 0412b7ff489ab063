"""Lab: a small request handler that leaks memory in two ways.

    python leaky_service.py          handle a few requests and count what stays alive

The service renders a page per request and publishes an event to every listener.
Both leaks are ordinary-looking code:

1. `PageCache` memoises rendered pages in a dict that never evicts, and every request
   id is new, so every rendered page stays alive.
2. Each `Session` subscribes its bound method `on_event` to the service's `EventBus`
   and keeps that bound method itself (session -> bound method -> session is a
   reference cycle). Nobody unsubscribes, so the bus keeps every session alive, and
   the cyclic garbage collector cannot help: the cycle is reachable from the bus.

fixed_service.py is the same service with both leaks repaired; leakhunt.py finds them.
"""
from __future__ import annotations


class EventBus:
    """Calls every subscribed listener for every event."""

    def __init__(self):
        self.listeners = []

    def subscribe(self, callback):
        self.listeners.append(callback)

    def publish(self, event):
        for callback in self.listeners:
            callback(event)


class PageCache:
    """Memoises rendered pages. It never evicts anything."""

    def __init__(self):
        self.pages = {}

    def get(self, key, render):
        page = self.pages.get(key)
        if page is None:
            page = render(key)
            self.pages[key] = page
        return page


class Session:
    def __init__(self, request_id, bus):
        self.request_id = request_id
        self.last_event = None
        self.callback = self.on_event         # a bound method: it holds self
        bus.subscribe(self.callback)          # and the bus now holds it forever

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
