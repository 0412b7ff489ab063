"""Exercise answer: 200,000 nested Python calls, once the limit allows it."""
import sys

# --8<-- [start:main]
sys.setrecursionlimit(250_000)

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print("depth reached:", count(200_000))

def frames_now():
    frame, n = sys._getframe(), 0
    while frame:
        frame, n = frame.f_back, n + 1
    return n

def nest(n):
    return frames_now() if n == 0 else nest(n - 1)

print("frames visible from the bottom of nest(10_000):", nest(10_000))
# --8<-- [end:main]
