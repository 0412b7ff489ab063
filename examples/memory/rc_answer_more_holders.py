"""More places that hold (or do not hold) a reference."""
import ctypes
import weakref


def exact(address):
    return ctypes.c_uint64.from_address(address).value & 0xFFFF_FFFF


class Thing:
    def method(self):
        pass


obj = Thing()
addr = id(obj)
print("one global name          ", exact(addr))
members = {obj}
print("+ a set member           ", exact(addr))
bound = obj.method
print("+ a bound method         ", exact(addr))
ref = weakref.ref(obj)
print("+ a weak reference       ", exact(addr))
proxy = weakref.proxy(obj)
print("+ a weak proxy           ", exact(addr))
