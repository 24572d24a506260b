"""Somali crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Somali Americans (Minneapolis, Columbus) write in Somali's Latin alphabet, which no other pattern reads: of
ten Somali crisis messages on probe-rrr (2026-12-07), five got the crisis reply, all from the classifier. The
core of the same five categories as English. Dying is a crisis only when wanted ("waxaan ka baqayaa inaan
dhinto", I am afraid I will die, is not).
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Soomaali:** wac [988](tel:988) oo codso turjumaan."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Soomaali:** hadda wac [911](tel:911) oo dheh "Somali".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\bis\s*dil(?:ayaa|o|aa|id|ay|ayo)\b|\bisku\s+toog(?:to|an|anayaa)\b|\bis\s*dhaawac(?:o|i|ayaa)\b|"
    r"\bnaft(?:ayda|eyda)\b.{0,25}?\bqaad|\bnolosh(?:ayda|eyda)\s+(?:soo\s+)?afjar|\bsi\s+aan\s+u\s+dhinto\b|"
    r"\bisku\s+tuur(?:ayaa|o)\b|\bbuund\w*\b.{0,30}?\bbood|\bxadhig\b.{0,20}?\bdiyaarsaday\b|"
    r"\bjar(?:aa|ayaa)\s+(?:bowdada|gacanta|cududda)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\b(?:rabaa|doonayaa)\s+(?:inaan|in\s+aan)\s+dhinto\b|\b(?:inaan|in\s+aan)\s+dhinto\s+(?:ayaan\s+)?(?:rabaa|doonayaa)\b|"
    r"\bdhiman\s+(?:ayaan\s+)?(?:rabaa|doonayaa)\b|\bnolosha\s+(?:waan\s+|ayaan\s+)?ka\s+daalay\b|"
    r"\bma\s+(?:rabo|doonayo)\s+(?:inaan|in\s+aan)\s+(?:sii\s+)?noolaado\b|\bka\s+daalay\s+nolosh\w*\b|"
    r"\bhaddii\s+(?:aanan|aan\s+anigu)\s+jirin\b|\b(?:ilaahow|alla|allah)\b.{0,30}?\bi\s+qaad\b|"
    r"\bma\s+rabo\s+(?:inaan|in\s+aan)\b.{0,20}?\bsoo\s+toos|\b(?:inaan|in\s+aan)\s+adduunka\s+ka\s+bax|"
    r"\bculays\s+(?:keliya\s+|kaliya\s+)?(?:ayaan\s+)?ku\s+ahay\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bkiniin\w*\s+(?:oo\s+)?(?:dhan|badan)\s+(?:ayaan\s+|baan\s+)?(?:liqay|cunay|qaatay)\b|"
    r"\b(?:liqay|liqday)\s+(?:dhamaan\s+)?kiniin\w*|\bpills\s+badan\s+(?:ayaan\s+|baan\s+)?qaatay\b|"
    r"\bsun(?:ta)?\b.{0,20}?\b(?:cabay|cabtay|liqay|liqday)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bis\s*dish(?:o|ayaa|ay)\b|\bqoorta\s+xadhig\b|\bxadhig\s+ku\s+xiray\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bma\s+neefsan(?:ayo|ayso|ayn)\b|\bma\s+soo\s+toos(?:ayso|ayo)\b|\bindhaha\s+ma\s+fur(?:ayso|ayo)\b|"
    r"\bdhiig\s+badan\s+(?:ayaa|baa)\s+(?:iga|ka)\s+socda\b",
]
