"""Search filters a visitor states in words: a treatment ("Spravato", "IV") or telehealth."""

from __future__ import annotations

import re

from bot.directory.search import SearchFilters

_TREATMENT_WORDS = [
    ("esketamine", r"\b(?:spravato|spravado|esketamine|nasal\s+spray|nose\s+spray)\b"),
    ("kap", r"\b(?:kap|ketamine[-\s]assisted\s+(?:psycho)?therapy|psychotherapy)\b"),
    ("iv", r"\b(?:iv|i\.v\.|intravenous|infusions?|drip)\b"),
    ("im", r"\b(?:im|i\.m\.|intramuscular|injections?|shots?)\b"),
    ("oral", r"\b(?:oral|sublingual|troches?|lozenges?|tablets?|pills?)\b"),
]
_TELEHEALTH = re.compile(r"\b(?:telehealth|telemedicine|virtual(?:ly)?|online|video\s+visits?)\b", re.I)


def filters_from_text(text: str) -> SearchFilters:
    """The first treatment named (in the order above) and whether telehealth was asked for."""
    text = text[:2000]
    treatment = next((code for code, pattern in _TREATMENT_WORDS if re.search(pattern, text, re.I)), None)
    return SearchFilters(treatment=treatment, telehealth=bool(_TELEHEALTH.search(text)))
