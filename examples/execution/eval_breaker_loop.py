"""A loop with no calls still notices a signal: JUMP_BACKWARD checks the eval breaker."""
import dis
import signal

# --8<-- [start:main]
landed = []                      # (function, instruction) where the handler ran

def handler(signum, frame):
    current = [i for i in dis.get_instructions(frame.f_code)
               if i.offset <= frame.f_lasti][-1]
    landed.append((frame.f_code.co_name, current.opname))

def spin():
    n = 0
    while not landed:            # no call in the loop body
        n += 1
    return n

signal.signal(signal.SIGALRM, handler)
# On a busy machine the timer may fire before the loop has started; the
# handler then runs at an earlier check (spin's RESUME, or a CALL) and
# spin() returns 0 at once. Try again, a bounded number of times.
for attempt in range(20):
    landed.clear()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    iterations = spin()
    if iterations > 0:
        break
print("handler ran while %s was at %s" % landed[0])
print("loop ran before the signal:", iterations > 0)
print("jumps in spin():",
      [i.opname for i in dis.get_instructions(spin) if "JUMP" in i.opname])
# --8<-- [end:main]
