"""The clocks Python offers, as this Linux machine implements them."""
import time

# --8<-- [start:main]
for name in ("perf_counter", "monotonic", "process_time", "thread_time", "time"):
    info = time.get_clock_info(name)
    print(f"{name:<13} {info.implementation:<45} monotonic={info.monotonic!s:<5} "
          f"adjustable={info.adjustable!s:<5} resolution={info.resolution:g}")
# --8<-- [end:main]
