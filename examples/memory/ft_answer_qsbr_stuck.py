"""Exercise answer: one attached thread that never reaches a quiescent state holds
back every delayed free (a MODEL, see ft_qsbr_rules.py)."""
from ft_qsbr_rules import free_delayed, poll, quiescent, start

start("A", "B")
# --8<-- [start:main]
for n in range(1, 4):
    free_delayed(f"array #{n}")
    quiescent("A")                 # A keeps passing eval breakers; B never does
    poll()
print("B finally reaches a quiescent state:")
quiescent("B"); poll()
# --8<-- [end:main]
