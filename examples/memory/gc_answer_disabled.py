"""Exercise answer: gc.disable() stops only the cycle collector."""
import gc
import weakref

gc.disable()


class Box:
    pass


plain = Box()
probe_plain = weakref.ref(plain)
del plain
print("no cycle, freed at once:     ", probe_plain() is None)

loop = Box()
loop.me = loop
probe_loop = weakref.ref(loop)
del loop
print("cycle, freed without collect:", probe_loop() is None)
gc.collect()
print("cycle, freed after collect:  ", probe_loop() is None)
