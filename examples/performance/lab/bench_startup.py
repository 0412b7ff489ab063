"""Starting the interpreter: one fresh process per run, with and without site and imports."""
import subprocess

from harness import main_for_module, python_command, wall

TITLE = "Starting the interpreter"


def start(*args):
    """Start this interpreter with args, wait for it, return its exit status."""
    return subprocess.run(python_command() + list(args), stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode


# --8<-- [start:cases]
@wall("one `python -c pass`: start, run nothing, exit", check="status")
def bare():
    return start("-c", "pass")


@wall("one `python -S -c pass`: no site module", check="status")
def no_site():
    return start("-S", "-c", "pass")


@wall("one `python -I -c pass`: isolated mode", check="status")
def isolated():
    return start("-I", "-c", "pass")


@wall("one `python -I -S -c pass`: isolated, no site module", check="status")
def isolated_no_site():
    return start("-I", "-S", "-c", "pass")


@wall("one `python -I -S -c 'import json'`", check="status")
def import_json():
    return start("-I", "-S", "-c", "import json")


@wall("one `python -I -S -c 'import asyncio'`", check="status")
def import_asyncio():
    return start("-I", "-S", "-c", "import asyncio")
# --8<-- [end:cases]


if __name__ == "__main__":
    main_for_module(__file__)
