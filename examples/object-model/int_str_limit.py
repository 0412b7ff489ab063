"""The int <-> decimal string length limit (CVE-2020-10735), per version."""
import sys

# --8<-- [start:main]
print(sys.int_info)
print("current limit:", sys.get_int_max_str_digits())

ok = 10**4299            # 4300 decimal digits: exactly at the limit
too_big = 10**4300       # 4301 digits
print("str(10**4299) has", len(str(ok)), "digits")
for label, convert in [("str(10**4300)", lambda: str(too_big)),
                       ("f'{10**4300}'", lambda: f"{too_big}"),
                       ("int('1' * 5000)", lambda: int("1" * 5000))]:
    try:
        convert()
    except ValueError as exc:
        print(f"{label}: ValueError: {exc}")

# Power-of-two bases are linear-time, so they are not limited.
print("len(hex(10**4300)) =", len(hex(too_big)),
      "; round trip:", int(hex(too_big), 16) == too_big)

try:
    sys.set_int_max_str_digits(100)
except ValueError as exc:
    print("set_int_max_str_digits(100): ValueError:", exc)
sys.set_int_max_str_digits(0)        # 0 means no limit
print("with the limit off, str(10**4300) has", len(str(too_big)), "digits")
# --8<-- [end:main]
