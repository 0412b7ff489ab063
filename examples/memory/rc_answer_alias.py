"""Predict the exact count: a tuple holding the object twice, and a dict using it as key and value."""
import ctypes


def exact(address):
    return ctypes.c_uint64.from_address(address).value & 0xFFFF_FFFF


class Key:                                   # hashable by identity
    pass


a = Key()
addr = id(a)
print("a alone:                 ", exact(addr))
pair = (a, a)
print("+ pair = (a, a):         ", exact(addr))
table = {a: a}
print("+ table = {a: a}:        ", exact(addr))
del pair
print("after del pair:          ", exact(addr))
table.clear()
print("after table.clear():     ", exact(addr))
