"""The rules of a pure-Python MODEL of QSBR (quiescent-state-based reclamation), following the
counters declared in Include/internal/pycore_qsbr.h and InternalDocs/qsbr.md.
No free-threaded interpreter runs here: the threads are names, the steps are ours.
Imported by the ft_qsbr_* examples; it prints nothing until called."""

QSBR_OFFLINE, QSBR_INITIAL, QSBR_INCR = 0, 1, 2


class Shared:
    wr_seq = QSBR_INITIAL       # global write sequence: odd, +2 per advance
    rd_seq = QSBR_INITIAL       # minimum read sequence seen by the last poll


threads = {}                    # per-thread read sequence (0: detached)


def start(*names):
    for name in names:
        threads[name] = QSBR_INITIAL


pending = []                    # (goal, what) waiting to be freed


def quiescent(name):            # _Py_qsbr_quiescent_state: "I hold nothing shared"
    threads[name] = Shared.wr_seq


def detach(name):               # _Py_qsbr_detach: a blocked thread cannot be reading
    threads[name] = QSBR_OFFLINE


def free_delayed(what):         # like _PyMem_FreeDelayed: tag with a goal, do not free
    Shared.wr_seq += QSBR_INCR  # _Py_qsbr_advance
    pending.append((Shared.wr_seq, what))
    print(f"  defer free of {what}: goal {Shared.wr_seq}")


def poll():                     # _Py_qsbr_poll / _PyMem_ProcessDelayed
    online = [s for s in threads.values() if s != QSBR_OFFLINE]
    Shared.rd_seq = min(online) if online else Shared.wr_seq
    freed = [w for g, w in pending if g <= Shared.rd_seq]
    pending[:] = [(g, w) for g, w in pending if g > Shared.rd_seq]
    print(f"  poll: thread seqs {threads}, rd_seq={Shared.rd_seq}, "
          f"freed {freed or 'nothing'}, still pending {[w for _, w in pending]}")
