"""Korean crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"Jukgo sipeo" (I want to die; probe-vv, 2026-12-05), in Hangul or romanised: every language's
patterns are checked on every message. The core of the same five categories as English.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**한국어:** [988](tel:988)에 전화해 통역을 요청하세요."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**한국어:** 지금 [911](tel:911)에 전화해 "Korean"이라고 말하세요.'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"자살\s*(?:하고\s*싶|할\s*거|하려고)|\bjasal\s*(?:hago\s*sip|hal\s*geo|haryeogo)",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"죽고\s*싶|살고\s*싶지\s*않|\bjukgo\s*sip(?:eo|da|eoyo|ta)\b|\bsalgo\s*sipji\s*ana\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"약을\s*(?:다|전부|한\s*통)\s*먹었",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"자살하려고\s*해|죽으려고\s*해",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"숨을\s*안\s*쉬",
]
