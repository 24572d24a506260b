"""The contact and address rules every part of the project shares, each defined once here.

E-mail addresses are checked by ``email-validator`` and phone numbers by ``phonenumbers``
(Google's libphonenumber data), so the chat's contact form, staff accounts, the clinic CSV
import and the redaction of free text all agree on what an address or a number is. ZIP codes
and state codes follow the gazetteer the clinic search uses (:mod:`bot.geo.gazetteer`). Nothing
here touches the network: e-mail domains are checked for syntax only, never looked up in DNS.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email

# ------------------------------------------------------------------ e-mail

MAX_EMAIL_CHARS = 254
#: What might be an e-mail address inside free text: the characters an unquoted local part may
#: hold, an "@", then anything up to a space or bracket. Only a finder: every candidate is then
#: checked by email-validator, which knows the real rules (dots, IDNA domains, reserved names).
EMAIL_CANDIDATE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[^\s@<>()\[\]{},;:\"]+")
_CANDIDATE_EDGES = ".,;:!?'\"`"


def normalise_email(text: str | None) -> str | None:
    """``text`` as a usable e-mail address (trimmed, lowercase, Unicode-normalised), else None.

    Lowercase because every part of the project compares addresses case-insensitively: one
    person, one account, however they capitalise it. ``Jo+ket@Bücher.de`` is kept (plus
    addressing and international domains are real); ``jo@example`` and ``jo@site.test`` are not.
    """
    text = (text or "").strip()
    if not text or len(text) > MAX_EMAIL_CHARS:
        return None
    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return None
    return checked.normalized.lower()


def is_email(text: str | None) -> bool:
    """Whether ``text`` is one complete, usable e-mail address."""
    return normalise_email(text) is not None


def email_candidate(text: str) -> str | None:
    """The first thing in ``text`` that was meant as an e-mail address (it has an "@"), valid or
    not, so a form can say "that address looks incomplete" instead of "give an address"."""
    match = EMAIL_CANDIDATE.search(text or "")
    return match.group(0).strip(_CANDIDATE_EDGES) if match else None


def email_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each real e-mail address in free text, for redaction: the same rule as
    the forms, so "ketamine@home" or "a@b" stay (no dot after the "@": not an address)."""
    for match in EMAIL_CANDIDATE.finditer(text or ""):
        found = match.group(0)
        start = match.start() + len(found) - len(found.lstrip(_CANDIDATE_EDGES))
        end = match.end() - (len(found) - len(found.rstrip(_CANDIDATE_EDGES)))
        if start < end and is_email(text[start:end]):
            yield start, end


# ------------------------------------------------------------------ phone numbers

_US = "US"
#: What a typed phone number is made of (digits, spaces, brackets, dots, dashes, a leading +),
#: so "call me at 9" or a vanity "1-800-FLOWERS" is not taken for a number.
PHONE_CHARACTERS = r"^[\d\s().+\-]{7,25}$"


def _us_number(text: str | None) -> phonenumbers.PhoneNumber | None:
    """A valid North American (+1) number with area code, else None."""
    text = " ".join((text or "").split())
    if not text or len(text) > 40:
        return None
    try:
        number = phonenumbers.parse(text, _US)
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != 1 or not phonenumbers.is_valid_number(number):
        return None
    return number


def format_us_phone(text: str | None) -> str | None:
    """A US number the way people write it, ``(415) 555-0134``; None when it is not a valid
    10-digit North American number (too short, no area code, an area code starting 0 or 1)."""
    number = _us_number(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL) if number else None


def phone_e164(text: str | None) -> str | None:
    """The number in the form ``tel:`` links dial, ``+14155550134``; None when not a US number."""
    number = _us_number(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if number else None


def phone_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each phone number in free text, for redaction.

    ``POSSIBLE`` leniency: a number with a made-up area code (555-123-4567) is still somebody's
    attempt to give a number and is hidden; "988", "741741", years and prices are not numbers.
    """
    for match in phonenumbers.PhoneNumberMatcher(text or "", _US, leniency=phonenumbers.Leniency.POSSIBLE):
        yield match.start, match.end


# ------------------------------------------------------------------ ZIP codes and states

#: A ZIP code, 5 digits with an optional ZIP+4 suffix; group 1 is the 5-digit code.
ZIP_PATTERN = r"(\d{5})(?:-\d{4})?"
#: The same as a whole value (for a form or CSV field).
ZIP_FULL = rf"^{ZIP_PATTERN}$"
_ZIP_VALUE = re.compile(rf"^\s*{ZIP_PATTERN}\s*$")
_ZIP_IN_TEXT = re.compile(rf"(?<![\d-]){ZIP_PATTERN}(?![\d-])")


def zip5(text: str | None) -> str | None:
    """``"94110"`` or ``" 94110-1234 "`` → ``"94110"``; anything else → None."""
    match = _ZIP_VALUE.match(text) if isinstance(text, str) else None
    return match.group(1) if match else None


def find_zip(text: str | None) -> str | None:
    """The first ZIP code written anywhere in ``text`` (5 digits not part of a longer number)."""
    match = _ZIP_IN_TEXT.search(text) if isinstance(text, str) else None
    return match.group(1) if match else None


@lru_cache(maxsize=1)
def us_state_codes() -> frozenset[str]:
    """The two-letter codes of the 50 states, DC and Puerto Rico, from the gazetteer."""
    from bot.geo.gazetteer import all_states

    return frozenset(state.code for state in all_states())


def state_code(text: str | None) -> str | None:
    """``"ga"`` or ``" GA "`` → ``"GA"``; anything that is not a state code → None."""
    code = (text or "").strip().upper() if isinstance(text, str) else ""
    return code if code in us_state_codes() else None
