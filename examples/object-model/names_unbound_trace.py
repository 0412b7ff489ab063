"""The traceback a reader meets first: a global counter updated inside a function."""
# record: exit=1

counter = 0


def increment():
    counter += 1
    return counter


increment()
