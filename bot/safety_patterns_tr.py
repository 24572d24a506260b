"""Turkish crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"Artık yaşamak istemiyorum" (probe-vv, 2026-12-05): every language's patterns are checked on every
message. The core of the same five categories as English; the Turkish letters may be typed plain
("yasamak istemiyorum").
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Türkçe:** [988](tel:988)'i arayın ve tercüman isteyin."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Türkçe:** hemen [911](tel:911)\'i arayın ve "Turkish" deyin.'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:intihar\s+(?:edece[gğ]im|etmek\s+istiyorum|edeyim)|kendimi\s+(?:[oö]ld[uü]rece[gğ]im|[oö]ld[uü]rmek\s+istiyorum))\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bya[sş]amak\s+istemiyorum\b|\b[oö]lmek\s+istiyorum\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bb[uü]t[uü]n\s+(?:ila[cç]lar[iı]m[iı]|hapları(?:m[iı])?|haplar[iı]m[iı])\s+i[cç]tim\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bintihar\s+edece[gğ]ini\s+s[oö]yl[uü]yor\b|\bkendini\s+[oö]ld[uü]rece[gğ]ini\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bnefes\s+alm[iı]yor\b",
]
