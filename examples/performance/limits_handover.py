"""Two CPU-bound threads: how often does the GIL change hands?"""
import sys
import threading

STEPS = 2_000_000   # per thread: a few hundred milliseconds of bytecode


# --8<-- [start:main]
def race(interval):
    """Run two busy threads; count the runs of consecutive steps by the same thread."""
    sys.setswitchinterval(interval)
    go = threading.Event()
    state = {"last": None, "runs": 0}

    def worker(name):
        go.wait()                      # both threads start together
        for _ in range(STEPS):
            if state["last"] != name:  # the other thread ran since our last step
                state["last"] = name
                state["runs"] += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in "AB"]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    return state["runs"]


default = sys.getswitchinterval()
print("interval 100 s: runs =", race(100.0))           # nobody waits long enough to ask
print("interval 5 ms: more than 2 runs:", race(default) > 2)
sys.setswitchinterval(default)
# --8<-- [end:main]
