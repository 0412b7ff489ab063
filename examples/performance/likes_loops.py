"""What a comprehension, a generator expression and an explicit loop cost in Python-level
calls, counted with cProfile, and what the explicit loop's append becomes."""
import cProfile
import dis
import pstats

N = 100


def with_listcomp():
    return sum([i * 2 for i in range(N)])


def with_genexpr():
    return sum(i * 2 for i in range(N))


def with_loop():
    out = []
    for i in range(N):
        out.append(i * 2)
    return sum(out)


def with_map():
    return sum(map(lambda i: i * 2, range(N)))


# --8<-- [start:calls]
for func in (with_listcomp, with_genexpr, with_loop, with_map):
    profiler = cProfile.Profile()
    profiler.runcall(func)
    stats = pstats.Stats(profiler).stats
    python_calls = dict(sorted((name, ncalls) for (path, _line, name), (_cc, ncalls, *_rest)
                               in stats.items() if path == __file__))
    print(f"{func.__name__:<14} result {func()}, Python-level calls: {python_calls}")
# --8<-- [end:calls]

# --8<-- [start:forms]
for _ in range(3):
    with_loop()
print([ins.opname for ins in dis.get_instructions(with_loop, adaptive=True)
       if ins.opname.startswith(("FOR_ITER", "LOAD_ATTR", "CALL", "BINARY_OP"))])
# --8<-- [end:forms]
