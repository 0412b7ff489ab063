"""Whole programs in miniature: parsing log lines, solving n-queens, running a tiny interpreter."""
from harness import main_for_module, wall

TITLE = "Realistic workloads: one whole run each"

PATHS = ["/", "/login", "/search", "/cart", "/api/items", "/api/users", "/static/app.js", "/help"]
METHODS = ["GET", "GET", "GET", "POST", "PUT"]
STATUSES = [200, 200, 200, 200, 304, 404, 500]


def make_lines(n):
    """n log lines from a fixed linear congruential generator: the same lines on every run."""
    lines, x = [], 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        ip = f"10.0.{x % 7}.{x % 251}"
        line = (f"{ip} - - [29/Nov/2026:10:{i // 60 % 60:02d}:{i % 60:02d}] "
                f"\"{METHODS[x % 5]} {PATHS[(x >> 4) % 8]} HTTP/1.1\" {STATUSES[(x >> 8) % 7]} {x % 5000}")
        lines.append(line)
    return lines


LINES = make_lines(80_000)


# --8<-- [start:logs]
class Hit:
    __slots__ = ("ip", "method", "path", "status", "size")

    def __init__(self, ip, method, path, status, size):
        self.ip, self.method, self.path = ip, method, path
        self.status, self.size = status, size


def parse(line):
    ip, _, rest = line.partition(" - - [")
    _stamp, _, rest = rest.partition('] "')
    request, _, tail = rest.partition('" ')
    method, path, _proto = request.split()
    status, size = tail.split()
    return Hit(ip, method, path, int(status), int(size))


@wall("parse 80,000 log lines into objects and aggregate them with dicts", check="logs")
def log_report():
    by_path, errors, clients = {}, {}, set()
    for line in LINES:
        hit = parse(line)
        clients.add(hit.ip)
        total = by_path.get(hit.path, 0)
        by_path[hit.path] = total + hit.size
        if hit.status >= 400:
            errors[hit.status] = errors.get(hit.status, 0) + 1
    top = sorted(by_path.items(), key=lambda kv: kv[1], reverse=True)[:3]
    return len(clients), sorted(errors.items()), top
# --8<-- [end:logs]


# --8<-- [start:queens]
def queens(n, row=0, cols=0, diag1=0, diag2=0):
    """Count the placements of n queens on an n-by-n board (bit masks, recursion)."""
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1, d2 = row + col, row - col + n
        if cols >> col & 1 or diag1 >> d1 & 1 or diag2 >> d2 & 1:
            continue
        count += queens(n, row + 1, cols | 1 << col, diag1 | 1 << d1, diag2 | 1 << d2)
    return count


@wall("count every solution of 11-queens by recursive search", check="queens")
def nqueens():
    return queens(11)
# --8<-- [end:queens]


# --8<-- [start:interp]
class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]


class BinOp:
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "*":
            return a * b
        return a - b


# (x * x + 3 * x - 7) * (x - 1)
PROGRAM = BinOp("*", BinOp("-", BinOp("+", BinOp("*", Var("x"), Var("x")),
                                      BinOp("*", Num(3), Var("x"))), Num(7)),
                BinOp("-", Var("x"), Num(1)))


@wall("evaluate a small expression tree of objects for x = 0 .. 99,999", check="tree")
def tree_interpreter():
    total = 0
    for x in range(100_000):
        total += PROGRAM.eval({"x": x})
    return total
# --8<-- [end:interp]


if __name__ == "__main__":
    main_for_module(__file__)
