"""Exercise answer: adding 0.1 ten times, three ways."""
import math

total = 0.0
for _ in range(10):
    total += 0.1
print("loop of += 0.1 :", repr(total), total == 1.0)
print("sum([0.1] * 10):", repr(sum([0.1] * 10)), sum([0.1] * 10) == 1.0)
print("math.fsum      :", repr(math.fsum([0.1] * 10)), math.fsum([0.1] * 10) == 1.0)
