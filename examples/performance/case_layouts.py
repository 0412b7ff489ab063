"""One record in each layout: the container's own size, and which field objects are shared."""
import sys

sys.path.insert(0, "lab")
from bench_case_memory import Request, make_log  # noqa: E402

a_line, b_line = make_log(2)
print("line 1:", a_line)
print("line 2:", b_line)

# --8<-- [start:main]
def parse(line):
    return line.split()

ip, method, path, status, size = parse(a_line)
as_dict = {"ip": ip, "method": method, "path": path, "status": int(status), "size": int(size)}
as_slots = Request(ip, method, path, None, int(status), int(size))
as_tuple = (ip, method, path, None, int(status), int(size))
for name, rec in [("dict", as_dict), ("slots", as_slots), ("tuple", as_tuple)]:
    print(f"{name:<6} getsizeof = {sys.getsizeof(rec)}")

# Two records parsed from two lines: are their equal fields one object or two?
first, second = parse(a_line), parse(b_line)
print("method equal:", first[1] == second[1], " same object:", first[1] is second[1])
print("after sys.intern, same object:", sys.intern(first[1]) is sys.intern(second[1]))
print("int('200') twice is one object:", int("200") is int("200"))
print("int('404') twice is one object:", int("404") is int("404"))
# --8<-- [end:main]
