"""Russian crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

A Russian-speaking visitor may write in Cyrillic or in Latin letters ("ne khochu bolshe zhit"): every
language's patterns are checked on every message. The core of the same five categories as English,
each in both scripts; "умираю от смеха" (dying of laughter) stays unflagged.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = '**По-русски:** позвоните по номеру [988](tel:988) и попросите переводчика (скажите "Russian").'
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**По-русски:** звоните [911](tel:911) сейчас и скажите "Russian".'
# Letters Ukrainian does not write, for words both languages share (bot.safety.crisis_language).
OWN_LETTERS = "[ыэъё]"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:покончить\s+с\s+собой|покончу\s+с\s+собой|убить\s+себя|убью\s+себя)\b",
    r"\b(?:pokonchit'?|pokonchu)\s+s\s+soboi|\b(?:pokonchit'?|pokonchu)\s+s\s+soboy\b|\bubit'?\s+sebya\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    # "Не хочу жить в этом городе" (in this town) is about a place.
    r"\bне\s+хочу\s+(?:больше\s+|уже\s+)?жить\b(?!\s+(?:в|во|на|у|с|со|рядом|здесь|там)\b)|\bхочу\s+умереть\b",
    r"\bne\s+(?:k?h|x)ochu\s+(?:bol'?she\s+|uzhe\s+)?zhit'?(?=\s|$|[.!,;?])(?!\s+(?:v|vo|na|u|s|so|ryadom|zdes|tam)\b)"
    r"|\b(?:k?h|x)ochu\s+umeret'?(?=\s|$|[.!,;?])",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bвыпил(?:а)?\s+все\s+(?:свои\s+|мои\s+)?(?:таблетки|лекарства)\b",
    r"\bvypil(?:a)?\s+vse\s+(?:svoi\s+|moi\s+)?(?:tabletki|lekarstva)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bхочет\s+(?:покончить\s+с\s+собой|убить\s+себя)\b|\b(?:k?h|x)ochet\s+(?:pokonchit'?\s+s\s+soboi|ubit'?\s+sebya)",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bне\s+дышит\b|\bne\s+dyshit\b",
]
