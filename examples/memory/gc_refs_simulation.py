"""The gc_refs algorithm, replayed on a small object graph in pure Python.

Six containers A-F are in the generation being collected. The dict
`refcount` is each one's true reference count; `edges` are the references
between them. One reference to A comes from outside (a variable), so
A's count is one more than the internal references to it.
"""

# --8<-- [start:graph]
order = ["C", "B", "A", "D", "E", "F"]          # order in the generation list
edges = {"A": ["B"], "B": ["C"], "C": [],        # A -> B -> C, reachable
         "D": ["E"], "E": ["D", "F"], "F": []}    # D <-> E cycle, E -> F
refcount = {"A": 1, "B": 1, "C": 1, "D": 1, "E": 1, "F": 1}
# --8<-- [end:graph]

# --8<-- [start:steps]
# Step 1, update_refs: copy every reference count into gc_refs.
gc_refs = dict(refcount)
print("1. copied:     ", gc_refs)

# Step 2, subtract_refs: for every reference *inside* the set, subtract 1.
for obj in order:
    for target in edges[obj]:
        gc_refs[target] -= 1
print("2. subtracted: ", gc_refs)

# Step 3, move_unreachable: scan in list order. gc_refs > 0 means "reachable
# from outside"; such an object makes everything it refers to reachable.
# Objects with gc_refs == 0 move to `unreachable` tentatively, and move
# back if a reachable object turns out to refer to them.
young, unreachable = list(order), []
print("3. scanning:")
i = 0
while i < len(young):
    obj = young[i]
    if gc_refs[obj] > 0:
        for target in edges[obj]:
            if target in unreachable:          # seen too early: move back
                print(f"   {obj} refers to {target}: move {target} back")
                unreachable.remove(target)
                young.append(target)
                gc_refs[target] = 1
            elif gc_refs[target] == 0:         # not scanned yet
                gc_refs[target] = 1
    else:
        print(f"   {obj} has gc_refs 0: tentatively unreachable")
        unreachable.append(young.pop(i))
        continue
    i += 1
print("3. reachable:  ", young)
print("   unreachable:", unreachable)
# --8<-- [end:steps]
