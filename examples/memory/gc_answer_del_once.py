"""Exercise answer: a finalizer runs at most once per object (PEP 442)."""
import gc

gc.disable()
gc.collect()

calls = []
saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        calls.append(1)
        saved.append(self)


Phoenix()
for round_ in (1, 2, 3):
    found = gc.collect()
    alive = len(saved)
    saved.clear()
    print(f"round {round_}: found {found}, __del__ calls {len(calls)}, resurrected {alive}")
