"""Exercise answer: unsubscribing everyone leaves cycles that only the collector frees."""
import gc
import sys

sys.path.insert(0, "lab")
import leaky_service  # noqa: E402


def alive():
    return sum(isinstance(o, leaky_service.Session) for o in gc.get_objects())


# --8<-- [start:main]
gc.disable()                          # no automatic collection during the experiment
service = leaky_service.Service()
for request_id in range(100):
    service.handle(request_id)
print("sessions alive             :", alive())
service.bus.listeners.clear()         # the bus lets go of every bound method
print("after clearing the bus     :", alive())
print("gc.collect() found         :", gc.collect() >= 200, "(at least 2 objects per session)")
print("after gc.collect()         :", alive())
gc.enable()
# --8<-- [end:main]
