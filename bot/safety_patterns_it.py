"""Italian crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"Non ce la faccio più, stasera basta" (probe-vv, 2026-12-05): every language's patterns are checked
on every message. The core of the same five categories as English; accents are optional. "Mi
ammazzo dal ridere" (I'm dying laughing) and "non ce la faccio più ad aspettare" (can't wait any
longer) stay unflagged.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Italiano:** chiama il [988](tel:988) e chiedi un interprete."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Italiano:** chiama subito il [911](tel:911) e di\' "Italian".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:voglio|vorrei|penso\s+di|sto\s+per)\s+(?:uccidermi|ammazzarmi|suicidarmi|togliermi\s+la\s+vita|farla\s+finita)\b"
    r"(?!\s+(?:dal|dalle|di)\s+(?:ridere|risate|lavoro)\b)",
    r"\b(?:farla\s+finita|togliermi\s+la\s+vita)\s+(?:stasera|stanotte|oggi|domani|per\s+sempre)\b",
    # "I can't take it any more" ending a sentence, or with "tonight, enough".
    r"\bnon\s+ce\s+la\s+faccio\s+pi[uù]\b(?=\s*(?:$|[.!;]|,\s*(?:stasera|stanotte|basta)\b))",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\b(?:voglio|vorrei)\s+morire\b(?!\s+(?:dal|dalle)\s+(?:ridere|risate)\b)",
    r"\bnon\s+voglio\s+pi[uù]\s+(?:vivere|esistere|svegliarmi|esserci)\b",
    r"\b(?:tutti|la\s+mia\s+famiglia)\s+(?:starebbero|starebbe)\s+meglio\s+senza\s+di\s+me\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bho\s+preso\s+tutte\s+le\s+(?:mie\s+)?(?:pillole|pastiglie|compresse|medicine)\b(?!\s+(?:stamattina|come\s+sempre)\b)",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bvuole\s+(?:uccidersi|ammazzarsi|suicidarsi|togliersi\s+la\s+vita|farla\s+finita)\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bnon\s+respira\b|\bnon\s+riesce\s+a\s+respirare\b",
]
