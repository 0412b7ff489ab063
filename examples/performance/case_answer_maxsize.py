"""Exercise: predict what a bounded lru_cache reports after six calls."""
import functools

calls = []


@functools.lru_cache(maxsize=2)
def route(path):
    calls.append(path)
    return path.upper()


for path in ["a", "b", "a", "c", "a", "b"]:
    route(path)
print(route.cache_info())
print("the function really ran for:", calls)
