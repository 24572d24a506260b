"""Polish crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

A Polish-speaking visitor may write in Polish ("Nie chcę już żyć, mam tabletki przygotowane na
dzisiaj", probe-ss, 2026-12-05): every language's patterns are checked on every message. The core of
the same five categories as English; diacritics are optional ("nie chce juz zyc"). Idioms that
borrow the words stay unflagged: "zabiję się ze śmiechu" (I'll die laughing), "ta praca mnie zabija".
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = '**Po polsku:** zadzwoń pod [988](tel:988) i poproś o tłumacza (powiedz "Polish").'
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Po polsku:** zadzwoń teraz pod [911](tel:911) i powiedz "Polish".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:(?:zabij[ęe]|zabi[ćc])\s+si[ęe]|si[ęe]\s+zabij[ęe])\b(?!\s+(?:ze\s+[śs]miechu|z\s+nud[óo]w)\b)",
    r"\b(?:pope[łl]ni[ćc]\s+samob[óo]jstwo|odebra[ćc]\s+sobie\s+[żz]ycie)\b",
    # Pills set aside for tonight, not a prescription ready at the pharmacy.
    r"\btabletki\s+(?:ju[żz]\s+)?(?:przygotowane|gotowe|odliczone|odło[żz]one)\s+na\s+(?:dzi[śs](?:iaj)?|wiecz[óo]r|noc|"
    r"jutro)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bnie\s+chc[ęe]\s+(?:ju[żz]\s+)?(?:d[łl]u[żz]ej\s+)?(?:[żz]y[ćc]|istnie[ćc])\b",
    r"\bchc[ęe]\s+(?:po\s+prostu\s+)?umrze[ćc]\b",
    r"\b(?:by(?:liby|[łl]oby)?|b[ęe]d[ąa]|b[ęe]dzie)\s+(?:im\s+)?(?:lepiej|szcz[ęe][śs]liwsi)\s+beze\s+mnie\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:po[łl]kn[ąa][łl](?:em|am)|po[łl]kn[ęe][łl]am|wzi[ąa][łl]em|wzi[ęe][łl]am)\s+(?:wszystkie|ca[łl][ąa]\s+paczk[ęe]|"
    r"ca[łl]e\s+opakowanie)\s+(?:\w+\s+)?(?:tabletek|tabletki|lek[óo]w|leki|pigu[łl]ek|pigu[łl]ki)\b"
    r"(?!\s+(?:jak\s+zwykle|rano|zgodnie\s+z\s+zaleceniem)\b)",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\b(?:chce|chcia[łl]a?|zamierza)\s+si[ęe]\s+zabi[ćc]\b|\b(?:chce|zamierza)\s+pope[łl]ni[ćc]\s+samob[óo]jstwo\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bnie\s+(?:mo[żz]e|mog[ęe])\s+oddycha[ćc]\b|\bnie\s+oddycha\b|\bma\s+atak\s+padaczki\b",
]
