"""Checking how a visitor asks to be reached: an e-mail address or a US phone number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.rules import PHONE_CHARACTERS, email_candidate, format_us_phone, normalise_email

_PHONE_CHARACTERS = re.compile(PHONE_CHARACTERS)


@dataclass(frozen=True)
class ContactDetail:
    kind: Literal["email", "phone"]
    value: str


class InvalidContact(ValueError):
    """A message for the visitor saying what is wrong with what they typed."""


def parse_contact(text: str) -> ContactDetail:
    """An e-mail address or a 10-digit US phone number, normalised; else InvalidContact."""
    text = " ".join((text or "").split())[:254]
    candidate = email_candidate(text)
    if candidate:
        address = normalise_email(candidate)
        if address:
            return ContactDetail("email", address)
        raise InvalidContact(
            f'"{candidate}" doesn\'t look like a complete e-mail address (like name@example.com). Could you check it?'
        )
    digits = re.sub(r"\D", "", text)
    if _PHONE_CHARACTERS.match(text) or (digits and len(digits) >= 7 and len(digits) / max(len(text), 1) > 0.6):
        phone = format_us_phone(text)
        if phone:
            return ContactDetail("phone", phone)
        raise InvalidContact(
            "That phone number doesn't look right: please give a 10-digit US number "
            "with its area code, like 404-555-0123."
        )
    raise InvalidContact(
        "Please give an e-mail address (like name@example.com) or a US phone number (like 404-555-0123)."
    )


MASK = "•••"


def mask_contact(value: str) -> str:
    """A contact detail as the read-back shows it: ``j•••@example.org``, ``•••-•••-1234``.

    Enough for the visitor to recognise which address or number they gave (first letter and
    domain; last four digits), while the full value is never repeated on screen or in the
    bot's messages, where someone looking over a shoulder or at a shared screen would see it.
    """
    value = (value or "").strip()
    if "@" in value:
        local, _, domain = value.rpartition("@")
        return f"{local[:1]}{MASK}@{domain}"
    digits = re.sub(r"\D", "", value)
    return f"{MASK}-{MASK}-{digits[-4:]}" if len(digits) >= 4 else MASK
