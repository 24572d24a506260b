"""Cebuano (Bisaya) crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Cebuano is the second language of the Philippines and common in Filipino American homes (Hawaii, California,
Nevada); Tagalog's patterns do not read it ("gusto na lang ko mamatay", "maghikog"). Of twelve Cebuano crisis
messages on probe-uuu (2026-12-07), eleven got the crisis reply, all from the classifier. The core of the same
five categories as English.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Binisaya:** tawag sa [988](tel:988) ug pangayo og tighubad."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Binisaya:** tawag dayon sa [911](tel:911) ug ingna og "Cebuano".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:mag|mo|mu|nag|ni|naga)-?hikog\b|\bpatyon\s+(?:nako|ko)\s+(?:ang\s+)?akong\s+kaugalingon\b|"
    r"\b(?:gi-?laslas|laslason|laslasan|gi-?samad)\s+(?:nako\s+)?(?:ang\s+)?akong\s+(?:kamot|pulso|bukton)\b|"
    r"\bmo-?ambak\s+(?:ko|ako|na\s+ko)\b.{0,25}?\b(?:atop|taytayan|building|tulay)\b|"
    r"\b(?:mag|mo|mu|nag)-?bitay\s+(?:na\s+)?(?:ko|ako)\b|\b(?:pusil|pisi|tambal)\b.{0,40}?\btapuson\s+(?:na\s+)?(?:ang\s+)?tanan\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bgusto\s+(?:na\s+)?(?:lang\s+)?(?:ko|ako|nako)\s+(?:na\s+)?(?:lang\s+)?(?:mo|mu)?mamatay\b|"
    r"\bmamatay\s+na\s+lang\s+(?:ko|ako)\b|\bwala\s+nay\s+(?:pulos|kapuslanan)\s+(?:akong\s+|ang\s+akong\s+)?kinabuhi\b|"
    r"\bmawala\s+na\s+(?:lang\s+)?(?:ko\s+)?hangtod\s+sa\s+hangtod\b|\bdili\s+na\s+(?:lang\s+)?(?:ko\s+)?(?:mo|mu|ma)mata\b|"
    r"\bmas\s+maayo\s+(?:pa\s+)?(?:sila\s+)?(?:kung|kon)\s+wala\s+na\s+(?:ko|ako)\b|\bpalas-?anon\s+(?:ra\s+)?(?:ko|ako)\b|"
    r"\bkatapusang\s+mensahe\b|\bbabay\s+na\s+(?:sa\s+)?(?:inyong|inyo)\s+tanan\b|"
    r"\bwala\s+na(?:y)?\s+(?:rason|hinungdan)\s+(?:nga\s+)?(?:mabuhi|magpuyo)\b|\bkapoy\s+na\s+(?:ko\s+)?(?:mabuhi|magkinabuhi)\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:na-?inom|gi-?inom|imnon|inumon|gitulon|tulon)\s+(?:na\s+)?(?:nako|ko)\s+(?:na\s+)?(?:tanan|tibuok)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bpatyon\s+(?:niya|nya)\s+(?:ang\s+)?iyang\s+kaugalingon\b|\bmo-?ambak\s+(?:daw\s+|kuno\s+)?(?:siya|sya)\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bdili\s+na\s+(?:siya\s+|sya\s+)?(?:mo|mu)ginhawa\b",
]
