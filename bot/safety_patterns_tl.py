"""Tagalog crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Tagalog (Filipino) is among the most spoken languages in US homes; every language's patterns are
checked on every message. The core of the same five categories as English ("gusto ko nang
mamatay", "ayoko nang mabuhay", "magpakamatay").
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Tagalog:** tumawag sa [988](tel:988) at humingi ng interpreter."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Tagalog:** tumawag agad sa [911](tel:911) at sabihin ang "Tagalog".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:magpakamatay|magpapakamatay|nagpakamatay|nagpapakamatay)\b|\bpapatayin\s+ko\s+(?:ang\s+)?sarili\s+ko\b|"
    r"\bsasaktan\s+ko\s+(?:ang\s+)?sarili\s+ko\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bgusto\s+ko\s+(?:na\s+)?(?:nang|ng)\s+mamatay\b|\bgusto\s+ko\s+nang\s+mawala\b|"
    r"\b(?:ayoko|ayaw\s+ko)\s+(?:na\s+)?(?:nang|ng)\s+mabuhay\b|\bwala\s+nang\s+saysay\s+ang\s+buhay\s+ko\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:ininom|nilunok)\s+ko\s+(?:ang\s+)?lahat\s+ng\s+(?:gamot|tableta|pills)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bgusto\s+(?:na\s+)?(?:niyang|nyang)\s+mamatay\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bhindi\s+(?:na\s+)?(?:siya\s+|sya\s+)?humihinga\b",
]
