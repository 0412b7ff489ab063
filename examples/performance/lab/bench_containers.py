"""Everyday container operations: lists, dicts, sets, tuples and a small sort."""
from harness import main_for_module, timed

TITLE = "Container operations: lists, dicts, sets, tuples"

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


# --8<-- [start:list_append]
@timed("one lst.append(i) on a growing list")
def list_append(loops):
    lst = []
    for i in range(loops):
        lst.append(i)
    return len(lst)
# --8<-- [end:list_append]


@timed("one lst[5] on a 10-item list")
def list_index(loops):
    lst = list(range(10))
    x = 0
    for _ in range(loops):
        x = lst[5]
    return x


@timed("one step of `for x in data: total += x` over a 1,000-item list")
def list_iterate(loops):
    data = list(range(1000))
    total = 0
    for _ in range(loops // 1000 + 1):
        for x in data:
            total += x
    return total


# --8<-- [start:dict_ops]
@timed("one d['gamma'] on a 10-key dict of str keys")
def dict_get(loops):
    d = dict.fromkeys(WORDS, 1)
    x = 0
    for _ in range(loops):
        x = d["gamma"]
    return x


@timed("one d['gamma'] = i on a 10-key dict of str keys")
def dict_set(loops):
    d = dict.fromkeys(WORDS, 1)
    for i in range(loops):
        d["gamma"] = i
    return len(d)
# --8<-- [end:dict_ops]


@timed("one d.get('gamma') on a 10-key dict")
def dict_get_method(loops):
    d = dict.fromkeys(WORDS, 1)
    get = None
    for _ in range(loops):
        get = d.get("gamma")
    return get


# --8<-- [start:membership]
@timed("one 'kappa' in s, s a 10-item set of str", check="member")
def set_membership(loops):
    s = set(WORDS)
    hits = 0
    for _ in range(loops):
        if "kappa" in s:
            hits += 1
    return hits


@timed("one 'kappa' in lst, lst a 10-item list of str (the last one)", check="member")
def list_membership(loops):
    lst = list(WORDS)
    hits = 0
    for _ in range(loops):
        if "kappa" in lst:
            hits += 1
    return hits
# --8<-- [end:membership]


@timed("one `a, b = pair` of a two-item tuple")
def tuple_unpack(loops):
    pair = (1, 2)
    a = b = 0
    for _ in range(loops):
        a, b = pair
    return a + b


@timed("one sorted() of a 10-item list of ints")
def sort_small(loops):
    data = [7, 3, 9, 1, 8, 2, 6, 0, 5, 4]
    out = data
    for _ in range(loops):
        out = sorted(data)
    return out


@timed("one [x * 2 for x in ten] over a 10-item list")
def list_comprehension(loops):
    ten = list(range(10))
    out = ten
    for _ in range(loops):
        out = [x * 2 for x in ten]
    return out


if __name__ == "__main__":
    main_for_module(__file__)
