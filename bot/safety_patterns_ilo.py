"""Ilocano crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Ilocano is the language of many Filipino Americans in Hawaii and California; Tagalog's patterns do not read
it ("kayatko ti matay", "agpakamatay", "agbekkel"). Of twelve Ilocano crisis messages on probe-uuu (2026-12-07),
eight got the crisis reply, all from the classifier. The core of the same five categories as English; being
tired after work ("nabannogak kalpasan ti trabaho") is not being tired of life ("nabannogakon iti biag").
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Ilokano:** awagam ti [988](tel:988) ket dumawat iti agipatarus."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Ilokano:** awagam ita ti [911](tel:911) ket ibagam ti "Ilocano".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:ag|nag|mang)pakamatay\b|\b(?:ag|nag)(?:bekkel|bitay)\b|\btapno\s+malpas\s+amin\b|\bpatayek\s+ti\s+bagik\b|"
    r"\bsinugat\w*\s+(?:manen\s+)?ti\s+(?:imak|pulsok|takkiagko)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bkayat\s*(?:ko|mo)?\w*\s+(?:laengen\s+|laeng\s+)?(?:ti\s+)?matay\b|\bkayat\w*\s+laeng\s+ti\s+agpukaw\b|"
    r"\bagpukaw\s+iti\s+agnanayon\b|\bnabannogak(?:on)?\s+iti\s+biag\b|\bawan\s+(?:met\s+)?serserbi\s*k\b|"
    r"\bsaanak(?:on)?\s+a\s+makariing\b|\bnasaysayaat\s+(?:no|nu)\s+awan\s*(?:ak|nak|akon)\b|\bpabigat\s+(?:laeng|lang)\s+(?:ak|nak)\b|"
    r"\bawan\s+ti\s+(?:rason|gapu)\s+(?:nga\s+)?agbiag\b|\bdagsen\s+iti\s+pamiliak\b|"
    r"\bmaudi\s+a\s+mensahe\s*(?:k|ko)\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:inumek|ininom\s*ko|ininum\s*ko|tilmunek|tinilmon\s*ko)\s+amin\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bpatayenna\s+ti\s+bagina\b|\b(?:rangtay|atep)\b.{0,30}?\baglagto\b|\bagbekkel\s+(?:isuna|daydiay)\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bsaan\s+(?:unay\s+)?nga\s+aganges\b|\bsaanen\s+nga\s+aganges\b",
]
