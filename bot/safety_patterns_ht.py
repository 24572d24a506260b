"""Haitian Creole crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Haitian Creole is among the most spoken languages in US homes (Miami, Boston, New York), in Latin letters with
or without its accents. The core of the same five categories as English: "m vle mouri", "m bouke viv",
"touye tèt mwen".
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Kreyòl ayisyen:** rele [988](tel:988) epi mande yon entèprèt."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Kreyòl ayisyen:** rele [911](tel:911) kounye a epi di "Haitian Creole".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\btouye\s+t[eè]t\s+(?:mwen|m)\b|\bfini\s+ak\s+lavi\s+(?:mwen|m)\b|"
    r"\b(?:ap|pral|vle)\s+koupe\s+(?:bra|k[oò])\s+(?:mwen|m)\b|\bkoupe\s+(?:pw?any[eè]t|kuis|kwis)\s+(?:mwen|m)\b|"
    r"\btire\s+t[eè]t\s+(?:mwen|m)\b|\bf[eè]\s+t[eè]t\s+(?:mwen|m)\s+mal\b|\bjete\s+k[oò]\s+(?:mwen|m)\b|"
    r"\bpon\b.{0,30}?\b(?:pral|ap|vle)\s+sote\b|\bk[oò]d\b.{0,40}?\bm\s+pare\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\b(?:mwen|m)\s+(?:vle|anvi)\s+mouri\b|\bbouke\s+(?:viv|(?:ak|av[eè]k)\s+lavi)\b|\bpa\s+vle\s+viv\s+ank[oò]\b|"
    r"\bpi\s+byen\s+san\s+(?:mwen|m)\b|\b(?:bondye|sey[eè]|jezi)\b.{0,20}?\bvin\s+pran\s+(?:mwen|m)\b|\bretire\s+(?:mwen|m)\s+sou\s+t[eè]\b|"
    r"\bdispar[eè]t\s+pou\s+(?:tout\s+tan|toujou)\b|\bchay\s+pou\s+(?:fanmi|tout\s+moun)\b|"
    r"\bpa\s+vle\s+(?:reveye|leve)\s+(?:demen|ank[oò])\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bvale\s+tout\s+(?:grenn|medikaman|renm[eè]d)\b|\b(?:bwe|vale)\s+(?:yon\s+)?(?:pak[eè]t|anpil)\s+grenn\b|"
    r"\b(?:bwe|vale|pran)\s+pwazon\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\b(?:touye|tire)\s+t[eè]t\s+li\b|\bmare\s+(?:yon\s+)?k[oò]d\s+nan\s+kou\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bpa\s+respire\b",
]
