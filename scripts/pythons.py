#!/usr/bin/env python3
"""Provide the CPython interpreters the book records (declared in scripts/pythons.toml).

    python3 scripts/pythons.py            # provide every declared version, print what was provided
    python3 scripts/pythons.py --refresh  # fetch Debian sid's current packages again
    python3 scripts/pythons.py --json     # print the manifest

Each version is looked for, in the order its `sources` lists:

* "local": an interpreter already on the machine - `pythonX.Y` on PATH, then pyenv's
  versions folder - that is at least the declared `minimum` patch release;
* "sid": Debian's sid binary packages. They are downloaded with a private apt
  configuration (own sources list, own lists, an empty dpkg status so the whole
  dependency closure is fetched, own archive cache), unpacked with `dpkg-deb -x` into
  one root inside the cache, and run through that root's own dynamic loader. Nothing
  is installed into the system.

Every provided interpreter gets a plain command in CACHE/bin (`python3.14` ...), and
CACHE/pythons.json records its exact version, headers, standard library and libpython.
The cache is $PUTH_CACHE, else $XDG_CACHE_HOME/python-under-the-hood, else
~/.cache/python-under-the-hood. Running this again reuses the cache.

Exit status 1, with a message saying what to install, if a declared version cannot be
provided: a missing interpreter is never skipped.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "scripts" / "pythons.toml"

# What each interpreter is asked about itself. Kept free of f-strings so 3.12 parses it.
PROBE = r"""
import json, platform, sys, sysconfig
paths = sysconfig.get_paths()
libdir = sysconfig.get_config_var("LIBDIR") or ""
ldlib = sysconfig.get_config_var("LDLIBRARY") or ""
print(json.dumps({
    "exact": platform.python_version(),
    "implementation": sys.implementation.name,
    "bits": 64 if sys.maxsize > 2**32 else 32,
    "machine": platform.machine(),
    "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "base_prefix": sys.base_prefix,
    "include": paths["include"],
    "stdlib": paths["stdlib"],
    "libdir": libdir,
    "ldlibrary": ldlib,
}))
"""


class ProvideError(RuntimeError):
    pass


def cache_dir() -> Path:
    if os.environ.get("PUTH_CACHE"):
        return Path(os.environ["PUTH_CACHE"]).expanduser().resolve()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "python-under-the-hood"


def load_config() -> dict:
    with open(CONFIG, "rb") as fh:
        cfg = tomllib.load(fh)
    for entry in cfg["python"]:
        if not re.fullmatch(r"3\.\d+", entry["version"]):
            raise ProvideError(f"{CONFIG}: bad version {entry['version']!r}")
    return cfg


def declared_versions() -> list[str]:
    return [p["version"] for p in load_config()["python"]]


def vtuple(s: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", s)[:3])


def probe(cmd: str) -> dict | None:
    try:
        out = subprocess.run([cmd, "-I", "-c", PROBE], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError:
        return None


# ---------------------------------------------------------------- local interpreters

def local_candidates(version: str) -> list[str]:
    found = []
    on_path = shutil.which(f"python{version}")
    if on_path:
        found.append(on_path)
    pyenv_root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    pattern = os.path.join(pyenv_root, "versions", f"{version}.*", "bin", f"python{version}")
    pyenv = [p for p in glob.glob(pattern) if re.fullmatch(rf"{re.escape(version)}\.\d+", Path(p).parent.parent.name)]
    pyenv.sort(key=lambda p: vtuple(Path(p).parent.parent.name), reverse=True)
    found.extend(pyenv)
    return found


def find_local(entry: dict) -> dict | None:
    version, minimum = entry["version"], entry["minimum"]
    for cand in local_candidates(version):
        info = probe(cand)
        if not info or info["implementation"] != "cpython":
            continue
        if ".".join(info["exact"].split(".")[:2]) != version:
            continue
        if vtuple(info["exact"]) < vtuple(minimum):
            continue
        info["source"] = f"local ({cand})"
        info["target"] = os.path.realpath(cand)
        return info
    return None


# ---------------------------------------------------------------- Debian sid

def host_debian_uri(fallback: str) -> str:
    """The Debian mirror the host already uses (deb822 or one-line sources)."""
    files = sorted(glob.glob("/etc/apt/sources.list.d/*.sources")) + ["/etc/apt/sources.list"]
    files += sorted(glob.glob("/etc/apt/sources.list.d/*.list"))
    for f in files:
        try:
            text = Path(f).read_text()
        except OSError:
            continue
        for m in re.finditer(r"^URIs:\s*(\S+)", text, re.M):
            uri = m.group(1)
            if re.search(r"/debian/?$", uri):
                return uri.rstrip("/")
        for m in re.finditer(r"^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+\S+", text, re.M):
            uri = m.group(1)
            if re.search(r"/debian/?$", uri):
                return uri.rstrip("/")
    return fallback


def run(cmd: list[str], env: dict | None = None) -> None:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise ProvideError(
            f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
        )


def sid_paths(cache: Path) -> dict[str, Path]:
    base = cache / "sid"
    return {
        "base": base,
        "lists": base / "apt" / "lists",
        "archives": base / "apt" / "archives",
        "status": base / "apt" / "status",
        "sources": base / "apt" / "sources.list",
        "conf": base / "apt" / "apt.conf",
        "root": base / "root",
        "stamp": base / "root.stamp",
    }


def sid_fetch(cfg: dict, versions: list[str], cache: Path, refresh: bool) -> Path:
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        raise ProvideError(
            "apt-get and dpkg-deb are needed to fetch Debian sid's python packages; "
            "on another system provide the interpreters yourself (see CONTRIBUTING.md, 'Interpreters')"
        )
    sid = cfg["sid"]
    p = sid_paths(cache)
    for d in (p["lists"] / "partial", p["archives"] / "partial"):
        d.mkdir(parents=True, exist_ok=True)
    if not p["status"].exists():
        p["status"].write_text("")  # empty dpkg status: fetch the whole dependency closure
    uri = host_debian_uri(sid["fallback_uri"])
    keyring = "/usr/share/keyrings/debian-archive-keyring.gpg"
    signed = f"[signed-by={keyring}] " if os.path.exists(keyring) else ""
    p["sources"].write_text(f"deb {signed}{uri} {sid['suite']} {' '.join(sid['components'])}\n")
    p["conf"].write_text(
        "\n".join(
            [
                f'Dir::State "{p["base"] / "apt"}";',
                f'Dir::State::Lists "{p["lists"]}";',
                f'Dir::State::status "{p["status"]}";',
                f'Dir::Cache "{p["base"] / "apt"}";',
                f'Dir::Cache::Archives "{p["archives"]}";',
                f'Dir::Etc::SourceList "{p["sources"]}";',
                'Dir::Etc::SourceParts "/dev/null";',
                'Dir::Etc::Preferences "/dev/null";',
                'Dir::Etc::PreferencesParts "/dev/null";',
                'APT::Install-Recommends "false";',
                'APT::Get::Download-Only "true";',
                'Debug::NoLocking "true";',
                "",
            ]
        )
    )
    env = dict(os.environ, APT_CONFIG=str(p["conf"]), DEBIAN_FRONTEND="noninteractive")
    pkgs = [name.format(v=v) for v in versions for name in sid["packages"]]
    if refresh:
        for deb in p["archives"].glob("*.deb"):
            deb.unlink()
    print(f"  fetching {' '.join(pkgs)} from {uri} {sid['suite']} (download only, private apt state)", flush=True)
    run(["apt-get", "-q", "update"], env)
    run(["apt-get", "-q", "-y", "--download-only", "install", *pkgs], env)
    debs = sorted(p["archives"].glob("*.deb"))
    wanted = "\n".join(d.name for d in debs)
    if not p["stamp"].exists() or p["stamp"].read_text() != wanted or not p["root"].exists():
        if p["root"].exists():
            shutil.rmtree(p["root"])
        p["root"].mkdir(parents=True)
        for deb in debs:
            run(["dpkg-deb", "-x", str(deb), str(p["root"])])
        p["stamp"].write_text(wanted)
    return p["root"]


def sid_wrapper(root: Path, version: str, bindir: Path) -> Path:
    loader = root / "usr" / "lib64" / "ld-linux-x86-64.so.2"
    exe = root / "usr" / "bin" / f"python{version}"
    if not loader.exists() or not exe.exists():
        raise ProvideError(f"sid root {root} has no {exe.name} or no loader; run with --refresh")
    libpath = f"{root}/usr/lib/x86_64-linux-gnu:{root}/lib/x86_64-linux-gnu"
    wrapper = bindir / f"python{version}"
    wrapper.write_text(
        "#!/bin/sh\n"
        "# Debian sid's CPython, unpacked (not installed) and run through its own loader.\n"
        f'PYTHONHOME="{root}/usr" exec "{loader}" --library-path "{libpath}" "{exe}" "$@"\n'
    )
    wrapper.chmod(0o755)
    return wrapper


# ---------------------------------------------------------------- manifest

def manifest_path() -> Path:
    return cache_dir() / "pythons.json"


def provide(refresh: bool = False, quiet: bool = False) -> dict:
    cfg = load_config()
    cache = cache_dir()
    bindir = cache / "bin"
    bindir.mkdir(parents=True, exist_ok=True)
    result: dict[str, dict] = {}
    need_sid: list[dict] = []
    for entry in cfg["python"]:
        v = entry["version"]
        if "local" in entry["sources"]:
            info = find_local(entry)
            if info:
                link = bindir / f"python{v}"
                if link.exists() or link.is_symlink():
                    link.unlink()
                link.symlink_to(info["target"])
                info["command"] = str(link)
                info["argv"], info["env"] = [info["target"]], {}
                result[v] = info
                continue
        if "sid" in entry["sources"]:
            need_sid.append(entry)
        else:
            raise ProvideError(
                f"CPython {v} (>= {entry['minimum']}) was not found on PATH or in pyenv, and scripts/pythons.toml "
                f"allows no other source for it. Install it (e.g. `pyenv install {v}` or `uv python install {v}`) "
                "and run again."
            )
    if need_sid:
        versions = [e["version"] for e in need_sid]
        root = sid_paths(cache)["root"]
        ready = {}
        if not refresh and root.exists():
            for e in need_sid:
                w = bindir / f"python{e['version']}"
                if (root / "usr" / "bin" / f"python{e['version']}").exists():
                    sid_wrapper(root, e["version"], bindir)
                    info = probe(str(w))
                    if info and vtuple(info["exact"]) >= vtuple(e["minimum"]):
                        ready[e["version"]] = info
        if len(ready) != len(need_sid):
            root = sid_fetch(cfg, versions, cache, refresh)
            ready = {}
        for e in need_sid:
            v = e["version"]
            w = sid_wrapper(root, v, bindir)
            info = ready.get(v) or probe(str(w))
            if not info:
                raise ProvideError(f"Debian sid's python{v} did not start through its own loader ({w})")
            if vtuple(info["exact"]) < vtuple(e["minimum"]):
                raise ProvideError(f"Debian sid serves CPython {info['exact']}, older than the declared minimum {e['minimum']}")
            info["source"] = "Debian sid packages, unpacked into the cache"
            info["command"] = str(w)
            # The same start without the shell script, for timing start-up fairly (scripts/bench.py).
            info["argv"] = [str(root / "usr" / "lib64" / "ld-linux-x86-64.so.2"), "--library-path",
                            f"{root}/usr/lib/x86_64-linux-gnu:{root}/lib/x86_64-linux-gnu",
                            str(root / "usr" / "bin" / f"python{v}")]
            info["env"] = {"PYTHONHOME": f"{root}/usr"}
            result[v] = info
    for v, info in result.items():
        lib = Path(info["libdir"]) / info["ldlibrary"] if info["ldlibrary"] else None
        if lib and not lib.exists() and info["source"].startswith("Debian"):
            lib = sid_paths(cache)["root"] / str(lib).lstrip("/")
        info["libpython"] = str(lib) if lib and lib.exists() and lib.suffix != ".a" else None
    manifest_path().write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    if not quiet:
        for v, info in result.items():
            print(f"  CPython {info['exact']:<8} {info['command']}  [{info['source']}]")
    return result


def manifest(require: bool = True) -> dict:
    """The provided interpreters, providing them first if the cached manifest is stale."""
    path = manifest_path()
    declared = declared_versions()
    minimum = {p["version"]: p["minimum"] for p in load_config()["python"]}
    if path.exists():
        data = json.loads(path.read_text())
        if all(v in data and os.path.exists(data[v]["command"])
               and vtuple(data[v]["exact"]) >= vtuple(minimum[v]) for v in declared):
            return data
    if not require:
        return json.loads(path.read_text()) if path.exists() else {}
    return provide(quiet=True)


def label(info: dict) -> str:
    """How a page names the interpreter an output came from."""
    build = "free-threaded build" if info.get("free_threaded") else "default build"
    return f"CPython {info['exact']}, {info['bits']}-bit, {build}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--refresh", action="store_true", help="download Debian sid's packages again")
    ap.add_argument("--json", action="store_true", help="print the manifest as JSON")
    args = ap.parse_args()
    try:
        print(f"Providing CPython {', '.join(declared_versions())} (cache: {cache_dir()})", flush=True)
        data = provide(refresh=args.refresh)
    except ProvideError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(data, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
