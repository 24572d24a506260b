"""Ukrainian crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

A Ukrainian-speaking visitor may write in Cyrillic or in Latin letters ("Ya vzhe vse vyrishyv, ne
khochu bilshe zhyty", probe-tt, 2026-12-05): every language's patterns are checked on every
message. The core of the same five categories as English, each in both scripts.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = '**Українською:** зателефонуйте на [988](tel:988) і попросіть перекладача (скажіть "Ukrainian").'
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Українською:** телефонуйте [911](tel:911) зараз і скажіть "Ukrainian".'
# Letters Russian does not write, for words both languages share (bot.safety.crisis_language).
OWN_LETTERS = "[іїєґ]"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:вбити\s+себе|покінчити\s+з\s+собою|накласти\s+на\s+себе\s+руки)\b",
    r"\b(?:vbyty\s+sebe|pokinchyty\s+z\s+soboi?u|naklasty\s+na\s+sebe\s+ruky)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    # "Не хочу жити в цьому місті" (in this town) is about a place.
    r"\bне\s+хочу\s+(?:більше\s+|вже\s+)?жити\b(?!\s+(?:в|у|на|з|із|поруч|тут|там)\b)|\bхочу\s+померти\b",
    r"\bne\s+(?:k?h|x)ochu\s+(?:bilsh[ea]\s+|vzhe\s+)?zhy(?:ty|t)\b(?!\s+(?:v|u|na|z|iz|poruch|tut|tam)\b)"
    r"|\b(?:k?h|x)ochu\s+pomerty\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bвипи(?:в|ла)\s+(?:всі|усі)\s+(?:свої\s+|мої\s+)?(?:таблетки|пігулки|ліки)\b",
    r"\bvypy(?:v|la)\s+(?:vsi|usi)\s+(?:svoi\s+|moi\s+)?(?:tabletky|pihulky|liky)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bхоче\s+(?:вбити\s+себе|покінчити\s+з\s+собою)\b|\b(?:k?h|x)oche\s+(?:vbyty\s+sebe|pokinchyty\s+z\s+soboi?u)\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bне\s+дихає\b|\bne\s+dykha(?:ie|ye|e)\b",
]
