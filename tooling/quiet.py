"""Runs a Python program without the deprecation notices of the libraries it uses.

``python -m tooling.quiet MODULE [ARGUMENT ...]`` runs ``python -m MODULE [ARGUMENT ...]``, so
``make run`` starts without a page of TensorFlow, pkg_resources, click and pyparsing notices that a
newcomer can do nothing about. Only DeprecationWarning, PendingDeprecationWarning and FutureWarning
raised in the libraries named below are dropped: other warnings, any warning raised in this
project's code, log records and tracebacks still reach the output.

The notices are dropped where warnings are shown, not with filters (PYTHONWARNINGS, ``-W``):
libraries put their own filters in front of everyone's while they run (importing ``sanic.app``
shows every DeprecationWarning "once"; ``rasa run`` shows every UserWarning, pyparsing's
deprecations included, "once"), which would win over any filter set here first.
"""

from __future__ import annotations

import runpy
import sys
import sysconfig
import warnings
from pathlib import Path
from typing import TextIO

# The installed packages whose notices are dropped, by the file a warning is attributed to.
THIRD_PARTY = frozenset(
    {
        "click",
        "jax",
        "keras",
        "matplotlib",
        "packaging",
        "pkg_resources",
        "rasa",
        "rasa_sdk",
        "sanic",
        "sanic_cors",
        "setuptools",
        "spacy",
        "sqlalchemy",
        "tensorflow",
        "typer",
    }
)
NOTICES = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)
LIBRARIES = {Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")}
_show = warnings.showwarning


def third_party_package(filename: str) -> str | None:
    """The installed package a source file belongs to, or None outside the installed packages."""
    path = Path(filename).resolve()
    for library in LIBRARIES:
        if path.is_relative_to(library):
            return path.relative_to(library).parts[0].removesuffix(".py")
    return None


def show_unless_notice(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """``warnings.showwarning``, except for a deprecation notice raised in one of the libraries."""
    if issubclass(category, NOTICES) and third_party_package(filename) in THIRD_PARTY:
        return
    _show(message, category, filename, lineno, file, line)


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit("usage: python -m tooling.quiet MODULE [ARGUMENT ...]")
    warnings.showwarning = show_unless_notice
    sys.argv = list(argv)
    runpy.run_module(argv[0], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
