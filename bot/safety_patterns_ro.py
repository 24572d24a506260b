"""Romanian crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Romanian Americans often type without the language's accents ("vreau sa mor" for "vreau să mor"), so each
accented letter is matched with or without its mark. Of twelve Romanian crisis messages on probe-uuu
(2026-12-07), nine got the crisis reply, all from the classifier. The core of the same five categories as
English. Dying is a crisis only when wanted ("vreau să mor"), not "mor de curiozitate" (dying of curiosity).
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Română:** sunați la [988](tel:988) și cereți un interpret."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Română:** sunați acum la [911](tel:911) și spuneți "Romanian".'

# Romanian letters with and without their accents: ă/â -> a, î -> i, ș/ş -> s, ț/ţ -> t.
_A, _I, _S, _T = "[aăâ]", "[iîâ]", "[sșş]", "[tțţ]"
_SA = rf"(?:{_S}{_A}|s-)"  # "să", "sa", and the elided "s-" ("s-o termin")

SELF_HARM_INTENT_PATTERNS: list[str] = [
    rf"\b(?:m{_A}|s{_A}\s+m{_A}|se|s{_A}\s+se)\s+sinucid\w*|"
    rf"\b(?:m{_A}|s{_A}\s+m{_A})\s+omor\b(?!\s+(?:dup{_A}|de\s+r[aâ]s|cu\s+munca))|"
    rf"\b(?:s{_A}-?mi|{_S}{_A}-?mi|{_I}mi|mi-am)\s*(?:iau|luat|ia)\s+(?:via{_T}{_A}|zilele)\b|"
    rf"\b(?:{_I}{_S}i|s{_A}-{_S}i|{_S}i-a)\s*(?:ia|lua|luat)\s+(?:via{_T}{_A}|zilele)\b|"
    rf"\b(?:m{_A}|se)\s+arunc{_A}?\s+(?:de\s+pe|de\s+la|[îi]n\s+fa{_T}a|sub|[îi]n\s+gol)\b|"
    rf"\b(?:m{_A}|se)\s+(?:sp[aâ]nzur{_A}?)\b|"
    rf"\b(?:{_I}mi|mi-am|{_I}{_S}i|{_S}i-a)\s*(?:tai|t{_A}iat|taie)\s+(?:venele|m[aâ]inile|m[aâ]na|pulsul)\b|"
    rf"\b(?:m{_A}|m-am)\s+(?:tai|t{_A}iat)\s+pe\s+(?:m[aâ]ini|m[aâ]n{_A}|bra{_T}e?|picioare)\b|"
    rf"\bpreg{_A}tit\s+(?:o\s+)?fr[aâ]nghi\w*|\bfr[aâ]nghi\w*\b.{{0,30}}?\b(?:pod|g[aâ]t|grind{_A})\b|"
    rf"\bintru\s+cu\s+ma{_S}ina\s+[îi]n(?:tr-un)?\s+(?:copac|zid|st[aâ]lp|parapet)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    rf"\b(?:vreau|a{_S}\s+vrea|vroiam)\s+{_SA}\s*mor\b(?!\s+de\s+(?:r[aâ]s|curiozitate|foame|sete|ner[aă]bdare))|"
    rf"\bmai\s+bine\s+(?:a{_S}\s+muri|mor|muream)\b|"
    rf"\bnu\s+mai\s+(?:vreau|pot)\s+{_SA}\s*(?:tr{_A}iesc|continui|mai\s+tr{_A}iesc)\b|"
    rf"\bnu\s+mai\s+are\s+(?:niciun\s+|nici\s+un\s+)?rost\s+{_SA}\s*(?:tr{_A}iesc|continui|mai\s+)|"
    rf"\b(?:niciun|nici\s+un)\s+rost\s+{_SA}\s*(?:mai\s+)?tr{_A}iesc\b|"
    rf"\b(?:termin|s{_A}\s+termin)\s+cu\s+(?:tot|toate|via{_T}{_A})\b(?!\s+ce\b)|"
    rf"\bm-am\s+s{_A}turat\s+de\s+via{_T}{_A}\b|\bvreau\s+{_SA}\s*dispar\b|"
    rf"\b{_SA}\s*adorm\b.{{0,30}}?\b(?:nu\s+m{_A}\s+mai\s+trezesc|nu\s+mai\s+m{_A}\s+trezesc)\b|"
    rf"\b(?:le|v-|ne|{_I}i)\s*-?ar\s+fi\s+mai\s+bine\s+f{_A}r{_A}\s+mine\b|\b(?:sunt|s[iî]nt)\s+(?:doar\s+)?o\s+povar{_A}\b|"
    rf"\bultimul\s+meu\s+mesaj\b|\bmesaj(?:ul)?\s+de\s+adio\b",
]

OVERDOSE_PATTERNS: list[str] = [
    rf"\bam\s+luat\s+(?:o\s+cutie|un\s+flacon|toat{_A}\s+cutia|un\s+pumn|o\s+folie)\s+(?:[îi]ntreag{_A}\s+)?(?:de\s+)?"
    rf"(?:pastile|pilule|somnifere|medicamente|comprimate|xanax|paracetamol|\w+pam)\b|"
    rf"\bam\s+(?:luat|[îi]nghi{_T}it)\s+toate\s+(?:pastilele|pilulele|comprimatele|medicamentele|somniferele)\b|"
    rf"\b(?:pastilele|pilulele|somniferele|medicamentele)\b.{{0,50}}?\ble\s+(?:iau|[îi]nghit|am\s+luat)\s+pe\s+toate\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    rf"\b(?:zice|spune|a\s+zis|a\s+spus)\s+c{_A}\s+(?:se\s+arunc{_A}|se\s+sinucide|se\s+omoar{_A}|{_I}{_S}i\s+ia\s+via{_T}{_A})\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    rf"\bnu\s+(?:mai\s+)?respir{_A}\b",
]
