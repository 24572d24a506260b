"""Kinyarwanda crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Rwandan and Congolese refugee families in the US (Texas, Kentucky, Arizona) write Kinyarwanda in Latin letters,
which no other pattern reads: of twelve Kinyarwanda crisis messages on probe-uuu (2026-12-07), seven got the
crisis reply, all from the classifier. The core of the same five categories as English.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Ikinyarwanda:** hamagara [988](tel:988) usabe umusemuzi."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Ikinyarwanda:** hamagara [911](tel:911) ubu uvuge "Kinyarwanda".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:kw|n|nd|y|ndi|tw)iyahur\w*|\b(?:kw|n|nd|y)iyic(?:a|e|ye)\b|\b(?:kw|n|nd)ikomerets\w*|\bnikomerekej\w*|"
    r"\b(?:kwi|ndi|ari|yari)manik\w*|\b(?:kw|n|nd)ikat(?:a|ye|ira)\b.{0,15}?\b(?:u?kuboko|amaboko)\b|\bkugonga\s+imodoka\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\b(?:ndashaka|nshaka|ndifuza|nifuza|ndumva\s+nshaka)\s+gupfa\b|\bnta\s+mpamvu\b.{0,20}?\bkubaho\b|"
    r"\b(?:ntazongere|ntazongera|sinzongere|sinzongera|ntazasubira)\s+kubyuka\b|\bkuburirwa\s+irengero\b|\birengero\s+burundu\b|"
    r"\bndi\s+umutwaro\b|\b(?:bamererwa|bamerewe|babaho|byaba\s+byiza)\s+(?:neza\s+)?ntakiriho\b|\bubutumwa\s+bwanjye\s+bwa\s+nyuma\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:ndabimira|nabimize|namize|nimize|kumira)\b.{0,25}?\b(?:ibinini|imiti)\s+(?:byinshi|byose|yose|myinshi)\b|"
    r"\b(?:ndabimira|nabimize)\s+byose\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\b(?:agiye|ashaka|yashatse)\s+(?:kwiyahura|kwiyica)\b|\b(?:kiraro|inyubako)\b.{0,40}?\bgusimbuka\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bnta\s+guhumeka\b|\bntahumeka\b",
]
