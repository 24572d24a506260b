"""Reading a visitor's free-text answers in the contact form: ordinals, skips, yes/no, stop."""

from __future__ import annotations

import re
import unicodedata

_ORDINALS = [
    (0, r"first|1st|number\s+one|#\s*1|no\.?\s*1|1"),
    (1, r"second|2nd|number\s+two|#\s*2|no\.?\s*2|2"),
    (2, r"third|3rd|number\s+three|#\s*3|no\.?\s*3|3"),
    (3, r"fourth|4th|number\s+four|#\s*4|no\.?\s*4|4"),
    (4, r"fifth|5th|number\s+five|#\s*5|no\.?\s*5|5"),
]
_CANCEL = re.compile(
    r"\b(?:never\s*mind|nvm|cancel|stop|quit|forget\s+(?:it|about\s+it)|changed\s+my\s+mind|"
    r"don'?t\s+want\s+to\s+(?:do\s+this|continue|share)|no\s+longer\s+interested)\b",
    re.I,
)
_SKIP = re.compile(
    r"^(?:no|nope|none|nothing|n/?a|skip|no\s+thanks?|not\s+really|nah|-|no\s+preference|"
    r"any\s*time|whenever|doesn'?t\s+matter|not\s+sure|no\s+note|nothing\s+else)[.!]*$",
    re.I,
)
_YES_WORDS = r"y|yes|yeah|yep|sure|ok(?:ay)?|i\s+do"
_YES = re.compile(
    rf"^(?:{_YES_WORDS}|i\s+(?:agree|consent)|agreed|correct|send(?:\s+it)?|go\s+ahead|please\s+do|that'?s\s+right)\b",
    re.I,
)
#: A yes and nothing else: to "Anything you'd like the clinic to know?" it says there is something, not what.
_BARE_YES = re.compile(rf"(?:{_YES_WORDS})(?:,?\s+(?:please|i\s+do))?[.!]*", re.I)
_NO = re.compile(r"^(?:n|no|nope|nah|i\s+(?:do\s+not|don'?t)\s+(?:agree|consent)|don'?t\s+send|disagree)\b", re.I)


def is_only_punctuation(text: str) -> bool:
    """ "?", "...", "¿?": a sign of doubt, never a yes (the intent model reads such a message as
    "affirm", having no words to go on). Emoji are not punctuation: a thumbs-up stays an answer."""
    text = (text or "").strip()
    return bool(text) and all(unicodedata.category(ch).startswith("P") or ch.isspace() for ch in text)


def ordinal_choice(text: str, count: int) -> int | None:
    """Index of "the second one" / "#2" / "the last one" among ``count`` listed clinics."""
    lowered = text.lower()
    if count and re.search(r"\blast\b", lowered):
        return count - 1
    for index, words in _ORDINALS:
        if index < count and re.search(rf"(?<![\w#])(?:{words})(?!\w)", lowered):
            return index
    return None


def wants_to_stop(text: str) -> bool:
    return bool(_CANCEL.search(text or ""))


def is_skip(text: str) -> bool:
    return bool(_SKIP.match((text or "").strip()))


def yes_or_no(text: str) -> bool | None:
    text = (text or "").strip()
    if _NO.match(text):
        return False
    if _YES.match(text):
        return True
    return None


def is_bare_yes(text: str) -> bool:
    return bool(_BARE_YES.fullmatch((text or "").strip()))


def first_name(text: str) -> str | None:
    """A plausible first name from "Sam", "I'm Sam", "my name is Sam O'Neil"; None otherwise."""
    text = re.sub(r"^(?:hi|hey|hello)[,!\s]+", "", (text or "").strip(), flags=re.I)
    text = re.sub(r"^(?:i'?m|i\s+am|it'?s|my\s+(?:first\s+)?name\s+is|call\s+me|this\s+is)\s+", "", text, flags=re.I)
    name = text.strip(" .!,")
    # Vowel signs and other combining marks belong to the letter before them ("राजेश", "ரமேஷ்").
    letters = "".join(char for char in name if not unicodedata.category(char).startswith("M"))
    if (
        not name
        or len(name) > 40
        or len(name.split()) > 3
        or not re.fullmatch(r"[^\W\d_][^\W\d_'\-. ]*(?:[ '\-.][^\W\d_]+)*", letters)
    ):
        return None
    return name.split()[0][:40].capitalize() if name.islower() else name.split()[0][:40]
