"""Exercise answer: print all digits of 10**4300 without changing the limit for good."""
import contextlib
import decimal
import sys


@contextlib.contextmanager
def int_max_str_digits(limit):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(limit)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(old)


big = 10**4300
with int_max_str_digits(0):
    inside = len(str(big))
print("inside the block:", inside, "digits; limit afterwards:", sys.get_int_max_str_digits())
print("via decimal.Decimal:", len(str(decimal.Decimal(big))), "digits")
try:
    str(big)
except ValueError:
    print("str(big) outside the block still raises ValueError")
