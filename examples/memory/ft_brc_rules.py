"""The rules of a pure-Python MODEL of biased reference counting (free-threaded build).
Imported by the ft_brc_* examples and the exercise answers; it prints nothing.

Nothing here runs in a free-threaded interpreter: the rules are transcribed from
Py_INCREF/Py_DECREF under Py_GIL_DISABLED (Include/refcount.h on 3.14+,
Include/object.h on 3.13) and from _Py_DecRefShared, _Py_MergeZeroLocalRefcount,
_Py_ExplicitMergeRefcount (Objects/object.c) and Python/brc.c. Threads are names."""

SHIFT = 2                      # _Py_REF_SHARED_SHIFT
FLAGS = {0: "-", 1: "MAYBE_WEAKREF", 2: "QUEUED", 3: "MERGED"}
MERGED, QUEUED, MAYBE_WEAKREF = 3, 2, 1
UNOWNED = 0                    # _Py_UNOWNED_TID


class Obj:
    def __init__(self, name, owner):
        self.name, self.tid, self.local, self.shared = name, owner, 1, 0
        self.dead = False


queues = {}                    # per-thread queue of objects to merge
stats = {"atomic": 0, "plain": 0}   # read-modify-writes on ob_ref_shared / ob_ref_local


def refcnt(op):                # what Py_REFCNT() adds up
    return op.local + (op.shared >> SHIFT)


def show(op, what):
    flag = FLAGS[op.shared & 3]
    state = "freed" if op.dead else f"Py_REFCNT={refcnt(op)}"
    tid = op.tid if op.tid != UNOWNED else "0"
    print(f"  {what:<34} tid={tid:<2} local={op.local} "
          f"shared={op.shared:>3} ({op.shared >> SHIFT}, {flag:<6}) {state}")


def dealloc(op):
    op.dead = True


def incref(op, thread):
    if op.tid == thread:
        op.local += 1              # plain store: the fast path
        stats["plain"] += 1
    else:
        op.shared += 1 << SHIFT    # atomic add
        stats["atomic"] += 1


def decref(op, thread):
    if op.tid == thread:
        op.local -= 1
        stats["plain"] += 1
        if op.local == 0:
            merge_zero_local(op)
    else:
        decref_shared(op)


def merge_zero_local(op):
    if op.shared == 0:             # nobody else ever counted: free now
        dealloc(op)
        return
    op.tid = UNOWNED               # give up ownership, mark the count merged
    op.shared = (op.shared & ~3) | MERGED
    stats["atomic"] += 1
    if op.shared == MERGED:
        dealloc(op)


def decref_shared(op):
    stats["atomic"] += 1
    if op.shared in (0, MAYBE_WEAKREF):
        op.shared = QUEUED         # the queue keeps this reference for now
        queues.setdefault(op.tid, []).append(op)
    else:
        op.shared -= 1 << SHIFT
        if op.shared == MERGED:
            dealloc(op)


def explicit_merge(op, extra):
    count = (op.shared >> SHIFT) + op.local + extra
    op.local, op.tid = 0, UNOWNED
    op.shared = (count << SHIFT) | MERGED
    return count


def eval_breaker(thread):      # the owner notices its queue (_Py_brc_merge_refcounts)
    for op in queues.pop(thread, []):
        if explicit_merge(op, -1) == 0:
            dealloc(op)
