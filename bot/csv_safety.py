"""Spreadsheet-safe CSV cells, shared by every CSV export (and the clinic import that reads them back).

Spreadsheets run a cell starting with = + - @ (or tab / CR) as a formula, so text a visitor
or clinic typed, like ``=HYPERLINK(...)``, could leak data or run commands when staff open
an export (OWASP "CSV injection"). A leading apostrophe makes the cell plain text.
"""

from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A plain negative number (a US clinic's longitude) is a value, not a formula: it stays as it is.
_PLAIN_NEGATIVE_NUMBER = re.compile(r"-\d+(?:\.\d+)?")


def _needs_quote(text: str) -> bool:
    """Whether ``text``, once any leading apostrophes are gone, would start a formula.

    Counting text that already starts with apostrophes makes :func:`restore_cell` the exact
    inverse of :func:`neutralise_cell`, so an export round-trips through the import unchanged.
    """
    bare = text.lstrip("'")
    return bare.startswith(FORMULA_PREFIXES) and not _PLAIN_NEGATIVE_NUMBER.fullmatch(bare)


def neutralise_cell(value: object) -> str:
    """``value`` as text, with an apostrophe prefixed if a spreadsheet would run it (``'=HYPERLINK(...)``)."""
    text = "" if value is None else str(value)
    return "'" + text if _needs_quote(text) else text


def restore_cell(text: str) -> str:
    """Undo :func:`neutralise_cell`: drop exactly one leading apostrophe it would have added."""
    return text[1:] if text.startswith("'") and _needs_quote(text[1:]) else text
