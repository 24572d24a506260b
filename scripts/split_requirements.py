"""Split a `pip freeze` of the development environment into runtime and development pins.

`make lock` installs requirements-dev.in (which includes requirements.in) in ONE resolver pass, so
runtime and development pins are chosen together and never disagree. This script then walks the
installed packages' declared requirements (importlib.metadata, honouring extras and environment
markers) from the top-level names in requirements.in: everything reached is a runtime pin, the
rest of the freeze is development-only. Run it with the scratch venv's Python.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import deque
from importlib import metadata
from pathlib import Path

try:
    from packaging.requirements import Requirement
except ImportError:  # pragma: no cover - packaging is a Rasa dependency, pip vendors a copy anyway
    from pip._vendor.packaging.requirements import Requirement


def normalize(name: str) -> str:
    """PEP 503 name, so `PyYAML`, `pyyaml` and `py_yaml` compare equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


def top_level(requirements_in: Path) -> list[Requirement]:
    """The requirements named in a requirements .in file (comments and `-r`/`-c` lines skipped)."""
    found = []
    for line in requirements_in.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            found.append(Requirement(line))
    return found


def runtime_closure(roots: list[Requirement]) -> set[str]:
    """Normalized names of every installed package the roots need, transitively."""
    seen_extras: dict[str, set[str]] = {}
    queue = deque((r.name, set(r.extras)) for r in roots)
    while queue:
        name, extras = queue.popleft()
        key = normalize(name)
        known = seen_extras.get(key)
        if known is not None and extras <= known:
            continue
        seen_extras[key] = (known or set()) | extras
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue  # a marker excluded it from this platform
        for spec in requires:
            req = Requirement(spec)
            # Evaluate markers for the plain install and for each extra requested of this package.
            environments = [{"extra": ""}] + [{"extra": e} for e in seen_extras[key]]
            if req.marker is None or any(req.marker.evaluate(env) for env in environments):
                queue.append((req.name, set(req.extras)))
    return set(seen_extras)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("requirements_in", type=Path, help="the runtime .in file (requirements.in)")
    parser.add_argument("freeze", type=Path, help="`pip freeze` of the environment with the dev set")
    parser.add_argument("runtime_out", type=Path)
    parser.add_argument("dev_out", type=Path)
    args = parser.parse_args()

    runtime = runtime_closure(top_level(args.requirements_in))
    pins = [line for line in args.freeze.read_text().splitlines() if line and not line.startswith("#")]
    runtime_pins = [p for p in pins if normalize(p.split("==", 1)[0]) in runtime]
    dev_pins = [p for p in pins if p not in runtime_pins]

    args.runtime_out.write_text(
        "# Generated from requirements.in by 'make lock' (one resolver pass with requirements-dev.in, then\n"
        "# pip freeze split by scripts/split_requirements.py). Do not edit by hand.\n" + "\n".join(runtime_pins) + "\n"
    )
    args.dev_out.write_text(
        "# Generated from requirements-dev.in by 'make lock' (same resolver pass as requirements.txt).\n"
        "# Development-only pins: tests, linters, type checker. Do not edit by hand.\n"
        "-r requirements.txt\n" + "\n".join(dev_pins) + "\n"
    )
    print(f"{args.runtime_out}: {len(runtime_pins)} runtime pins; {args.dev_out}: {len(dev_pins)} development pins")
    return 0


if __name__ == "__main__":
    sys.exit(main())
