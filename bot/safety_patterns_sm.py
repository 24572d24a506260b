"""Samoan crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Samoan is spoken in many homes in Hawaii, California, Washington and Utah, usually typed with the glottal
stop as an apostrophe or left out ("lo'u", "lou"). Of twelve Samoan crisis messages on probe-uuu (2026-12-07),
ten got the crisis reply, all from the classifier. The core of the same five categories as English. "Tofa
soifua" is an everyday farewell, not a goodbye to life, and is left alone.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Gagana Samoa:** vala'au i le [988](tel:988) ma talosaga mo se fa'aliliu 'upu."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Gagana Samoa:** vala\'au loa i le [911](tel:911) ma fai atu "Samoan".'

_MY = r"(?:lo'?u|lau|lou)"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\bpule\s+i\s+" + _MY + r"\s+ola\b|\bfasioti\s+(?:ia\s+te\s+)?a'?u\s+lava\b|\bfana\s+(?:ai\s+)?a'?u\s+lava\b|"
    r"\bou\s+tautau\b|\bsaunia\s+le\s+maea\b|"
    r"\btipi\w*\s+" + _MY + r"\s+(?:lima|tapulima|vae)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bfia\s+oti\b|\bfia\s+mou\s+atu\b|\bleai\s+se\s+aoga\s+o\s+" + _MY + r"\s+ola\b|"
    r"\bvaivai\s+i\s+le\s+olaga\b|\ble\s+toe\s+ala\s+mai\b|\bleai\s+se\s+mafuaaga\s+ou\s+te\s+ola\b|\bo\s+se\s+avega\s+a'?u\b|\bavega\s+a'?u\s+i\b|"
    r"\be\s+sili\s+atu\s+pe\s+a\s+leai\s+a'?u\b|\bsavali\s+mulimuli\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bfualaau\b.{0,40}?\bo\s+le\s+a\s+ou\s+inu(?:ina)?\s+uma\b|\bua\s+ou\s+inu(?:ina)?\s+uma\s+(?:o\s+)?fualaau\b|"
    r"\binu(?:ina)?\s+(?:uma\s+)?le\s+fagu\s+atoa\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bpule\s+i\s+lona\s+ola\b|\b(?:alalaupapa|fale\s+maualuga)\b.{0,40}?\boso\s+i\s+lalo\b|\bfasioti\s+o\s+ia\s+lava\b|\bfasioti\s+ia\s+lava\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\ble\s+o\s+manava\b|\ble\s+toe\s+manava\b",
]
