"""Swahili crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"Sitaki kuishi tena" (probe-vv, 2026-12-05): every language's patterns are checked on every message.
The core of the same five categories as English.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Kiswahili:** piga [988](tel:988) uombe mkalimani."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Kiswahili:** piga [911](tel:911) sasa na useme "Swahili".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:nataka|nitaji|ninataka)\s*kujiua\b|\bkujiua\s+(?:leo|usiku\s+huu|kesho)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bsitaki\s+kuishi\b|\bnataka\s+kufa\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bnimemeza\s+(?:vidonge\s+vyote|dawa\s+zote)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\banataka\s+kujiua\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bhapumui\b",
]
