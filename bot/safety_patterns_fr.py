"""French crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

A visitor from Quebec, Haiti or a French-speaking family may write in French ("je veux en finir ce
soir, j'ai les médicaments devant moi"): every language's patterns are checked on every message.
The core of the same five categories as English; accents are optional. Idioms that borrow the
words stay unflagged: "ça me tue" (it kills me), "mort de rire", "je meurs d'envie", "en finir
avec la paperasse" (done with the paperwork), "je vais me tuer à la tâche" (work myself to death).
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**En français :** appelez le [988](tel:988) et demandez un interprète (dites « French »)."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = "**En français :** appelez le [911](tel:911) maintenant et dites « French »."

_FR_PILLS = r"(?:m[ée]dicaments|m[ée]docs|comprim[ée]s|cachets|pilules|somnif[eè]res|calmants|anxiolytiques)"
_FR_SOON = r"(?:ce\s+soir|cette\s+nuit|aujourd'?hui|demain|maintenant|une\s+bonne\s+fois|pour\s+de\s+bon)"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:je\s+veux|je\s+voudrais|j'?ai\s+envie\s+de|je\s+vais|je\s+pense\s+[àa]|j'?ai\s+pens[ée]\s+[àa])\s+"
    r"(?:\w+\s+){0,2}?me\s+(?:tuer|suicider)\b(?!\s+(?:[àa]\s+la\s+t[âa]che|au\s+travail|de\s+rire))",
    r"\b(?:me\s+suicider|mettre\s+fin\s+[àa]\s+(?:mes\s+jours|ma\s+vie)|en\s+finir\s+avec\s+(?:la|ma)\s+vie)\b",
    r"\b(?:je\s+veux|je\s+vais|j'?ai\s+envie\s+d'?)\s*en\s+finir\b(?=\s*(?:$|[.!,;]|\s" + _FR_SOON + r"\b))",
    r"\bme\s+jeter\s+(?:du\s+haut\s+d[eu']\s*|du\s+|d'?un\s+|d'?une\s+|de\s+la\s+|par\s+la\s+|sous\s+(?:un|le|une|la)\s+)"
    r"(?:\w+\s+)?(?:pont|fen[êe]tre|balcon|toit|immeuble|falaise|train|m[ée]tro|voiture|camion)\b",
    r"\b(?:je\s+me\s+scarifie|me\s+scarifier|je\s+me\s+(?:suis\s+)?(?:coup[ée]e?|taillad[ée]e?)\s+"
    r"(?:encore|les\s+bras|les\s+poignets|[àa]\s+nouveau|de\s+nouveau))\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bje\s+(?:veux|voudrais|aimerais)\s+mourir\b(?!\s+de\s+rire)",
    r"\b(?:je\s+)?(?:ne\s+)?veux\s+plus\s+(?:vivre|exister|[êe]tre\s+l[àa]|me\s+r[ée]veiller)\b",
    r"\b(?:ils|elles|tout\s+le\s+monde|ma\s+famille|mes\s+enfants)\s+(?:seraient|serait|serai(?:en)?t)\s+mieux\s+sans\s+moi\b",
    r"\bla\s+vie\s+n'?a\s+plus\s+(?:de\s+|aucun\s+)?sens\b",
    # Wanting to disappear tonight or for good, or as the whole wish (probe-xx, 2026-12-05).
    r"\b(?:je\s+veux|je\s+voudrais|j'?ai\s+envie\s+de)\s+(?:juste\s+|simplement\s+)?dispara[iî]tre\b"
    r"(?=[^.?!]{0,20}\b(?:ce\s+soir|cette\s+nuit|pour\s+toujours|[àa]\s+jamais|d[ée]finitivement)\b|\s*[.!]*\s*$)",
    # A date, then "after that it won't be needed" to end the message (probe-jj, 2026-12-05).
    r"\bapr[eè]s\b[^.?!]{0,40}?\b(?:[çc]a|ce|cela)\s+(?:ne\s+)?(?:va|sera)\s+(?:pas|plus)\s+(?:[êe]tre\s+)?"
    r"(?:n[ée]cessaire|utile|la\s+peine)\b(?=\s*[.!]?\s*$)",
]

OVERDOSE_PATTERNS: list[str] = [
    # A whole box of pills (or the whole box, full stop), not "toute la boîte de chocolats".
    r"\bj'?ai\s+(?:pris|aval[ée])\s+(?:toute\s+la\s+(?:bo[iî]te|plaquette)|tout\s+le\s+(?:flacon|tube))"
    r"(?:\s+(?:de\s+|d'?)(?:mes\s+)?" + _FR_PILLS + r"\b|(?=\s*(?:$|[.!,;]|\s+(?:il\s+y\s+a|d'?un\s+coup)\b)))",
    # All my pills, but not "tous mes médicaments ce matin, comme d'habitude" (the daily dose).
    r"\bj'?ai\s+(?:pris|aval[ée])\s+(?:tous|toutes)\s+(?:mes|les)\s+" + _FR_PILLS + r"\b"
    r"(?!\s+(?:ce\s+matin|comme\s+d'?habitude|comme\s+toujours|comme\s+prescrit|[àa]\s+l'?heure)\b)",
    r"\bj'?ai\s+(?:bu|aval[ée])\s+(?:de\s+la\s+|du\s+|un\s+peu\s+de\s+)?(?:javel|poison|d[ée]boucheur|mort-aux-rats)\b",
    # Happening now ("il fait une overdose"), not in the past ("elle a fait une overdose en 2019").
    r"\b(?:est\s+en\s+train\s+de\s+faire|(?<!a\s)(?<!ai\s)(?<!as\s)(?<!avait\s)(?<!avoir\s)fait|vient\s+de\s+faire)\s+"
    r"une\s+(?:overdose|surdose)\b"
    r"(?!\s+(?:de\s+k[ée]tamine\s+)?(?:si|quand|avec)\b)",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\b(?:veut|va|parle\s+de)\s+se\s+(?:tuer|suicider)\b(?!\s+(?:[àa]\s+la\s+t[âa]che|au\s+travail))",
    r"\b(?:il|elle)\s+(?:veut|voudrait)\s+mourir\b",
    # "il veut en finir ce soir", not "il veut en finir avec l'alcool" (probe-jj, 2026-12-05).
    r"\b(?:il|elle)\s+(?:veut|voudrait|va)\s+en\s+finir\b(?!\s+avec\b(?!\s+(?:la|sa)\s+vie\b))",
    r"\bne\s+respire\s+plus\b|\bne\s+se\s+r[ée]veille\s+(?:pas|plus)\b",
]

# A medical emergency now (not a crisis of suicide): the reply is "appelez le 911".
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\b(?:je|il|elle)\s+n'?(?:arrive|peu[tx])\s+(?:plus\s+|pas\s+)?(?:à\s+)?respirer\b|\bfait\s+une\s+crise\s+(?:d'[ée]pilepsie|"
    r"cardiaque)\b|\bconvulse\b",
]
