"""Dutch crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"Ik wil er niet meer zijn" (probe-vv, 2026-12-05): every language's patterns are checked on every
message. The core of the same five categories as English. "Ik ga dood van het lachen" (dying of
laughter) and "ik wil er niet meer zijn om 9 uur" (not there at nine) stay unflagged.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Nederlands:** bel [988](tel:988) en vraag om een tolk."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Nederlands:** bel nu [911](tel:911) en zeg "Dutch".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:zelfmoord\s+(?:plegen|te\s+plegen)|mezelf\s+(?:van\s+kant\s+maken|doden|ombrengen)|"
    r"er\s+een\s+eind(?:e)?\s+aan\s+maken)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bik\s+wil\s+(?:niet\s+meer\s+leven|dood)\b(?!\s+(?:van\s+het\s+lachen)\b)",
    r"\bik\s+wil\s+er\s+niet\s+meer\s+zijn\b(?!\s+(?:om|op|in|bij|voor|na)\b)",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bik\s+heb\s+(?:al\s+)?mijn\s+(?:pillen|tabletten|medicijnen|slaappillen)\s+(?:in\s+één\s+keer\s+|allemaal\s+)"
    r"(?:ingenomen|genomen|geslikt)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\b(?:wil|gaat)\s+(?:zichzelf\s+(?:van\s+kant\s+maken|doden)|zelfmoord\s+plegen)\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\b(?:ademt|hij\s+ademt|zij\s+ademt)\s+niet\s+meer\b",
]
