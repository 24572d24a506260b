"""Remove contact details from free text staff will read (feedback reasons, unanswered
questions), so a visitor who types their e-mail or phone number where nobody asked for
it does not leave it in our records."""
from __future__ import annotations

import re

EMAIL_MARK = "[e-mail removed]"
PHONE_MARK = "[phone removed]"

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# Spelled out to dodge filters: "jane at example dot org", "jane(at)example(dot)org".
_SPELLED_EMAIL = re.compile(r"\b[\w.-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*[\w-]+(?:\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*[\w-]+)+",
                            re.I)
# Seven or more digits, optionally grouped by spaces, dots, dashes or parentheses, with an
# optional leading + (so "555-123-4567", "(555) 123 4567", "+1 555 123 4567" all match, and
# "988" or "2 sessions" do not).
_PHONE = re.compile(r"(?<![\w(])\+?\(?\d(?:[\s.()-]{0,3}\d){6,14}(?![\w])")


def scrub_contact_details(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers replaced by a marker."""
    text = _SPELLED_EMAIL.sub(EMAIL_MARK, _EMAIL.sub(EMAIL_MARK, text))
    return _PHONE.sub(PHONE_MARK, text)
