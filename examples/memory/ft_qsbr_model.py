"""Deferred freeing of a list's old item array, told with the QSBR MODEL in
ft_qsbr_rules.py. A model, not a recording of a free-threaded interpreter."""
from ft_qsbr_rules import detach, free_delayed, poll, quiescent, start

start("A", "B", "C")
# --8<-- [start:main]
print("B and C may be reading list L's item array without a lock.")
print("A appends to L: the array is full, so A copies it into a bigger one.")
free_delayed("old array #1")
poll()
print("B passes its eval breaker (a quiescent state):")
quiescent("B"); poll()
print("C blocks on I/O and detaches:")
detach("C"); poll()
print("A itself reaches a quiescent state:")
quiescent("A"); poll()
# --8<-- [end:main]
