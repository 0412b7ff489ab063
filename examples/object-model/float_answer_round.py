"""Exercise answer: why round(2.675, 2) gives 2.67."""
from decimal import Decimal

for x in [2.675, 0.125, 0.375, 2.5, 3.5]:
    digits = 2 if x < 1 or x == 2.675 else 0
    print(f"round({x}, {digits}) = {round(x, digits)!r:<5}  stored exactly as {Decimal(x)}")
