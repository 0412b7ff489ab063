"""Counting the references a read takes: each one is an increment now and a decrement later."""
import ctypes


def exact(address):
    return ctypes.c_uint64.from_address(address).value & 0xFFFF_FFFF


seen = []


class Probe:
    def __len__(self):
        seen.append(exact(id(self)))           # the count while len() is running
        return 0


# --8<-- [start:main]
def measure(label, baseline, call):
    seen.clear()
    call()
    extra = seen[0] - baseline
    print(f"{label:28} extra references during the call: {extra}  "
          f"(at least {2 * extra} count writes)")


probe = Probe()                                # module level: held by one global
measure("len(global) at module level", exact(id(probe)), lambda: len(probe))


def in_a_function():
    local = Probe()                            # held by one local variable
    before = exact(id(local))
    seen.clear()
    len(local)
    extra = seen[0] - before
    print(f"{'len(local) in a function':28} extra references during the call: {extra}  "
          f"(at least {2 * extra} count writes)")


in_a_function()
# --8<-- [end:main]
