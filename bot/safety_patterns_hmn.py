"""Hmong crisis patterns (RPA spelling): language data for :mod:`bot.safety` (see its docstring for the rules).

Hmong Americans (Minnesota, Wisconsin, California) write Hmong in the Latin letters of RPA, which no other
pattern reads and the classifier does not: of ten Hmong crisis messages on probe-rrr (2026-12-07), none got the
crisis reply. The core of the same five categories as English. "tuag" alone is no crisis ("kuv txiv tuag lawm",
my father died): only wanting to die counts. "kom tuag" (so as to die) also fires on a question whether a
medicine can kill ("puas ua rau kom tuag"): acceptable, as in English (resources first, then the answer).
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Hmoob:** hu rau [988](tel:988) thiab thov ib tug neeg txhais lus."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Hmoob:** hu rau [911](tel:911) tam sim no thiab hais tias "Hmong".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\btua\s+kuv\s+(?:tus\s+)?kheej\b|\bkuv\s+(?:yuav|xav)\s+tua\s+(?:kuv\s+)?tus\s+kheej\b|"
    r"\bxaus\s+kuv\s+(?:lub\s+neej|txoj\s+sia)\b|\b(?:hlais|txiav)\s+kuv\s+(?:txhais\s+)?(?:tes|caj\s+npab|ceg)\b|"
    r"\bua\s+kuv\s+tus\s+kheej\s+(?:raug\s+)?mob\b|\bkom\s+(?:kuv\s+)?tuag\b|"
    # A bridge or a river bank and a jump; a rope and "ready".
    r"\b(?:choj|ntug\s+dej|ru\s+tsev)\b.{0,40}?\b(?:yuav|xav)\s+dhia\b|\bhlua\b.{0,40}?\bnpaj\s+(?:siab\s+)?tag\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"(?<!tsis\s)\bxav\s+tuag\b|\b(?:dhuav|nkees)\s+(?:ua\s+neej|lub\s+neej)\b|"
    r"\btsis\s+xav\s+nyob\s+(?:lawm|ntxiv|hauv\s+ntiaj\s+teb)\b|\btsis\s+xav\s+tsim\s+(?:los\s+)?(?:ntxiv|dua)\b|"
    r"\bzoo\s+dua\s+(?:yog\s+(?:tias\s+)?)?tsis\s+muaj\s+kuv\b|\bploj\s+mus\s+ib\s+txhis\b|"
    # Asking God or heaven to take me away (not to lead me: "coj kuv mus kev zoo").
    r"\b(?:vaj\s+tswv|ntuj)\b.{0,30}?\bcoj\s+kuv\s+mus(?:\s+nrog\s+koj|\s+thiab|\s+hmo\s+no|\s*[,.!]|\s*$)",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bnqos\s+(?:tag\s+(?:ib\s+fwj\s+|tag\s+nrho\s+)?tshuaj|ib\s+fwj\s+tshuaj)\b|"
    # A whole bottle ("noj tag tshuaj" alone is finishing a course of medicine), or poison.
    r"\b(?:noj|nqos|haus)\s+(?:tag\s+)?ib\s+[hf]wj\s+(?:tshuaj|pills)\b|"
    r"\b(?:haus|noj|nqos)\s+(?:tshuaj\s+lom|tshuaj\s+tua\s+(?:kab|nas|nroj))\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\btua\s+nws\s+(?:tus\s+)?kheej\b|\b(?:dai|khi)\s+caj\s+dab\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\btsis\s+ua\s+pa\b|\btsis\s+(?:tsim\s+li\s+lawm|qhib\s+qhov\s+muag)\b",
]
