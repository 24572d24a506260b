"""Crisis language (suicide, self-harm, overdose, someone else in danger, a medical emergency now),
matched without any model.

The NLU classifier can miss an unusual phrasing; these patterns are the safety net that
forces the crisis response. They cover explicit words ("suicide", "kill myself") and the
indirect and passive ways people actually say it ("I can't go on", "everyone would be
better off without me", "I took a whole bottle of pills", "my son says he wants to end it").
They are deliberately broad: a false alarm costs a visitor one extra message, a miss
could cost far more. Questions *about* suicidality research or overdose risk may fire;
that is acceptable (crisis resources first, then the answer).

The patterns are language data: one list per category, gathered per language in
``PATTERNS_BY_LANGUAGE``. Adding another language means adding another entry there with
the same five category keys; nothing else changes. All patterns are matched
case-insensitively against normalised text (NFKC, straight apostrophes, single spaces),
so write apostrophes as ``'`` and make them optional (``don'?t``) to catch "dont".
"""

from __future__ import annotations

import re
import unicodedata
from re import Pattern

from bot import safety_patterns_de as de
from bot import safety_patterns_en as en
from bot import safety_patterns_es as es
from bot import safety_patterns_fr as fr
from bot import safety_patterns_pl as pl
from bot import safety_patterns_pt as pt
from bot import safety_patterns_ru as ru
from bot import safety_patterns_uk as uk

OVERDOSE = "overdose"
CRISIS = "crisis"
#: A medical emergency happening now that is not about suicide (chest pain, a seizure, a stroke):
#: the reply leads with 911 (utter_crisis's variation for it, domain.yml).
EMERGENCY = "emergency"
#: The key a parse carries (True) when the classifier gives the crisis intent some weight but not
#: enough for the crisis response (components/crisis_guard.py): the answer opens with a line about 988.
CHECK_IN = "crisis_check_in"

# Category name -> the kind ``crisis_kind`` reports for it.
CATEGORY_KINDS: dict[str, str] = {
    "overdose": OVERDOSE,
    "self_harm_intent": CRISIS,
    "passive_ideation": CRISIS,
    "third_person_danger": CRISIS,
    "medical_emergency": EMERGENCY,
}
# Which kind wins when a message has several: an overdose needs Poison Control, and suicide
# language the 988 list first, before a medical emergency's 911.
_KIND_ORDER = (OVERDOSE, CRISIS, EMERGENCY)

# Language -> category -> patterns. Add a language by adding an entry with the same keys.
PATTERNS_BY_LANGUAGE: dict[str, dict[str, list[str]]] = {
    "en": {
        "self_harm_intent": en.SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": en.PASSIVE_IDEATION_PATTERNS,
        "overdose": en.OVERDOSE_PATTERNS,
        "third_person_danger": en.THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": en.MEDICAL_EMERGENCY_PATTERNS,
    },
    "es": {
        "self_harm_intent": es.SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": es.PASSIVE_IDEATION_PATTERNS,
        "overdose": es.OVERDOSE_PATTERNS,
        "third_person_danger": es.THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": es.MEDICAL_EMERGENCY_PATTERNS,
    },
    "fr": {
        "self_harm_intent": fr.SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": fr.PASSIVE_IDEATION_PATTERNS,
        "overdose": fr.OVERDOSE_PATTERNS,
        "third_person_danger": fr.THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": fr.MEDICAL_EMERGENCY_PATTERNS,
    },
    "de": {
        "self_harm_intent": de.SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": de.PASSIVE_IDEATION_PATTERNS,
        "overdose": de.OVERDOSE_PATTERNS,
        "third_person_danger": de.THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": de.MEDICAL_EMERGENCY_PATTERNS,
    },
    "pl": {
        "self_harm_intent": pl.SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": pl.PASSIVE_IDEATION_PATTERNS,
        "overdose": pl.OVERDOSE_PATTERNS,
        "third_person_danger": pl.THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": pl.MEDICAL_EMERGENCY_PATTERNS,
    },
    "pt": {
        "self_harm_intent": pt.SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": pt.PASSIVE_IDEATION_PATTERNS,
        "overdose": pt.OVERDOSE_PATTERNS,
        "third_person_danger": pt.THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": pt.MEDICAL_EMERGENCY_PATTERNS,
    },
    "ru": {
        "self_harm_intent": ru.SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": ru.PASSIVE_IDEATION_PATTERNS,
        "overdose": ru.OVERDOSE_PATTERNS,
        "third_person_danger": ru.THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": ru.MEDICAL_EMERGENCY_PATTERNS,
    },
    "uk": {
        "self_harm_intent": uk.SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": uk.PASSIVE_IDEATION_PATTERNS,
        "overdose": uk.OVERDOSE_PATTERNS,
        "third_person_danger": uk.THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": uk.MEDICAL_EMERGENCY_PATTERNS,
    },
}


def _compile(patterns_by_language: dict[str, dict[str, list[str]]]) -> list[tuple[str, Pattern[str]]]:
    """One regex per category, every language merged, in ``_KIND_ORDER``: overdose wins over plain crisis,
    and both over a medical emergency."""
    by_category: dict[str, list[str]] = {}
    for categories in patterns_by_language.values():
        for category, patterns in categories.items():
            if category not in CATEGORY_KINDS:
                raise ValueError(f"unknown crisis pattern category {category!r}")
            by_category.setdefault(category, []).extend(patterns)
    order = sorted(by_category, key=lambda category: _KIND_ORDER.index(CATEGORY_KINDS[category]))
    return [
        (category, re.compile("|".join(f"(?:{pattern})" for pattern in by_category[category]), re.IGNORECASE))
        for category in order
    ]


_COMPILED = _compile(PATTERNS_BY_LANGUAGE)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'"})
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def _normalise(text: str) -> str:
    """Fold look-alike characters and curly apostrophes so spelling tricks do not hide a match."""
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", folded)).strip()


def crisis_category(text: str) -> str | None:
    """The pattern category (``"overdose"``, ``"self_harm_intent"``, ...) that ``text`` matches, if any."""
    if not text:
        return None
    normalised = _normalise(text)
    for category, pattern in _COMPILED:
        if pattern.search(normalised):
            return category
    return None


def crisis_kind(text: str) -> str | None:
    """``"overdose"`` for overdose or poisoning language, ``"crisis"`` for other crisis language,
    ``"emergency"`` for a medical emergency now, else None.

    An overdose reply should add Poison Control (1-800-222-1222) to the crisis resources, and a
    medical emergency's lead with 911.
    """
    category = crisis_category(text)
    return CATEGORY_KINDS[category] if category else None


def mentions_crisis(text: str) -> bool:
    """True when ``text`` mentions suicide, self-harm, overdose, someone else in danger or a medical emergency now."""
    return crisis_kind(text) is not None
