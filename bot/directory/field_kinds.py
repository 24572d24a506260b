"""The vocabulary of the clinic field schema (:mod:`bot.directory.columns`): value kinds (how a
CSV cell is read, written and stored), how a staff form shows a field, and the field itself.

Kept apart from the field list so that each module stays small; nothing here names a field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.rules import us_state_codes

#: The state codes a clinic or licence may have (the gazetteer's; the forms offer them as choices).
US_STATES = us_state_codes()
BOOLEANS = {"yes": True, "y": True, "true": True, "1": True, "no": False, "n": False, "false": False, "0": False}


def _same(value: Any) -> Any:
    return value


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _yes_no(value: Any) -> Any:
    if isinstance(value, str):
        if value.lower() not in BOOLEANS:
            raise ValueError()
        return BOOLEANS[value.lower()]
    return value


def _split(value: Any) -> Any:
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return value or []


@dataclass(frozen=True)
class Kind:
    """One sort of value: how a CSV cell is read into it and how it is written back.

    ``name`` also tells the staff forms which input edits it (see ``web/admin/directory_forms.py``).
    """

    name: str
    #: Model value -> CSV cell text.
    write: Callable[[Any], str] = _text
    #: Cell text (blank already None) -> what the row model's type accepts.
    read: Callable[[Any], Any] = _same
    #: Checked value -> model attribute.
    store: Callable[[Any], Any] = _same


TEXT = Kind("text")
#: Text the forms edit in a multi-line box.
LONG_TEXT = Kind("long_text")
EMAIL = Kind("email")
PHONE = Kind("phone")
CHOICE = Kind("choice")
URL = Kind("url", store=lambda value: None if value is None else str(value))
COORDINATE = Kind("coordinate", write=lambda value: f"{value:.5f}")
FLAG = Kind("flag", write=lambda value: "yes" if value else "no", read=_yes_no)
CODES = Kind("codes", write=lambda value: ";".join(value or []), read=_split)
LIST = Kind("list", write=lambda value: ";".join(value or []), read=_split)
DATE = Kind("date", write=lambda value: value.isoformat() if value else "")


@dataclass(frozen=True)
class Input:
    """How the staff forms show a field; the input itself follows from the column's kind."""

    label: str
    hint: str = ""
    #: The longest text the input takes when the column's rules set no ``max_length``.
    max_length: int | None = None
    #: Extra HTML attributes of the input, like ``inputmode``.
    attributes: Mapping[str, str | int] = field(default_factory=dict)
    #: (value, label) pairs of a choice or of codes.
    choices: tuple[tuple[str, str], ...] = ()
    #: What the form says when a required date is left empty.
    missing: str = ""
    #: Typed only when the record is created (shown, not editable, afterwards).
    once: bool = False


@dataclass(frozen=True)
class Column:
    name: str
    example: str
    #: What a good value looks like, completing "<subject> …".
    expected: str
    #: How messages name the column; the header name unless an acronym reads better.
    subject: str = ""
    kind: Kind = TEXT
    #: The row model's type of the value, and its pydantic ``Field`` constraints.
    type: Any = str
    rules: Mapping[str, Any] = field(default_factory=dict)
    required: bool = True
    #: A rule beyond the type, given a present value: the clean value, or ValueError (its text, if any, is the message).
    check: Callable[[Any], Any] | None = None
    #: Which table holds it, and under which attribute (the column name unless given).
    record: Literal["clinic", "credential"] = "clinic"
    attribute: str = ""
    input: Input = field(kw_only=True)

    @property
    def called(self) -> str:
        return self.subject or self.name

    @property
    def attr(self) -> str:
        return self.attribute or self.name
