"""Exercise answer: give F an outside reference and replay the algorithm."""

order = ["C", "B", "A", "D", "E", "F"]
edges = {"A": ["B"], "B": ["C"], "C": [],
         "D": ["E"], "E": ["D", "F"], "F": []}
refcount = {"A": 1, "B": 1, "C": 1, "D": 1, "E": 1, "F": 2}   # F: one more

gc_refs = dict(refcount)
for obj in order:
    for target in edges[obj]:
        gc_refs[target] -= 1
print("after subtract_refs:", gc_refs)

young, unreachable = list(order), []
i = 0
while i < len(young):
    obj = young[i]
    if gc_refs[obj] > 0:
        for target in edges[obj]:
            if target in unreachable:
                unreachable.remove(target)
                young.append(target)
                gc_refs[target] = 1
            elif gc_refs[target] == 0:
                gc_refs[target] = 1
    else:
        unreachable.append(young.pop(i))
        continue
    i += 1
print("reachable:  ", young)
print("unreachable:", unreachable)
