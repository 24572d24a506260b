"""Remove contact details from free text staff will read (feedback reasons, unanswered
questions), so a visitor who types their e-mail or phone number where nobody asked for
it does not leave it in our records.

Finding addresses and numbers is :mod:`bot.rules`' job (email-validator and libphonenumber),
the same rules the contact form uses; only the spelled-out disguise is matched here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.rules import email_spans, phone_spans

EMAIL_MARK = "[e-mail removed]"
PHONE_MARK = "[phone removed]"

# Spelled out to dodge filters: "jane at example dot org", "jane(at)example(dot)org".
_SPELLED_EMAIL = re.compile(
    r"\b[\w.-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*[\w-]+(?:\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*[\w-]+)+", re.I
)


def _replace(text: str, spans: Iterable[tuple[int, int]], mark: str) -> str:
    """``text`` with each (start, end) span replaced by ``mark``; spans come in text order."""
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.extend((text[last:start], mark))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def scrub_contact_details(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers replaced by a marker."""
    text = _SPELLED_EMAIL.sub(EMAIL_MARK, _replace(text, list(email_spans(text)), EMAIL_MARK))
    return _replace(text, list(phone_spans(text)), PHONE_MARK)
