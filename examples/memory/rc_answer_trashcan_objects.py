"""The deep-deletion experiment with a linked chain of instances and with nested tuples."""
import threading

LEVELS = 200_000
report = []


class Node:
    __slots__ = ("next",)

    def __init__(self, next_node):
        self.next = next_node


class Leaf:
    def __del__(self):
        report.append("leaf freed")


def chain_of_nodes():
    node = Leaf()
    for _ in range(LEVELS):
        node = Node(node)
    del node
    report.append(f"{LEVELS:,} linked instances deleted")


def nested_tuples():
    inner = (Leaf(),)
    for _ in range(LEVELS):
        inner = (inner,)
    del inner
    report.append(f"{LEVELS:,} nested tuples deleted")


threading.stack_size(4 * 1024 * 1024)
for target in (chain_of_nodes, nested_tuples):
    worker = threading.Thread(target=target)
    worker.start()
    worker.join()
print("\n".join(report))
