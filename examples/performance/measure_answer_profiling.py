"""Exercise: where the profilers live on each version, and which one is on its way out."""
import importlib
import warnings

# --8<-- [start:main]
for name in ("cProfile", "profile", "profiling.tracing", "profiling.sampling", "_remote_debugging"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            importlib.import_module(name)
        except ImportError:
            print(f"{name:<19} not available")
            continue
    dep = [str(w.message).split(". ")[0] for w in caught if issubclass(w.category, DeprecationWarning)]
    print(f"{name:<19} imports" + (f"; DeprecationWarning: {dep[0]}" if dep else ""))

import cProfile
try:
    import profiling.tracing
    print("cProfile.Profile is profiling.tracing.Profile:", cProfile.Profile is profiling.tracing.Profile)
except ImportError:
    pass
# --8<-- [end:main]
