"""Oromo (Afaan Oromoo) crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Oromo Americans (Minneapolis, Washington DC) write Afaan Oromoo in its Latin alphabet (Qubee), which no other
pattern reads: of twelve Oromo crisis messages on probe-uuu (2026-12-07), seven got the crisis reply, all from
the classifier. The core of the same five categories as English; "of murteessuu" (to decide) is not "of mure"
(cut myself).
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Afaan Oromoo:** [988](tel:988) bilbilaa, hiikaa afaanii gaafadhaa."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Afaan Oromoo:** amma [911](tel:911) bilbilaatii "Oromo" jedhaa.'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\bof\s+ajjees\w*|\bof\s+mure\w{0,3}\b|\bof\s+fannis\w*|\bharka\s+koo\b.{0,25}?\bmurr?eera\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bdu'?uu?n?\s+(?:nan\s+|qofa\s+)?barbaad\w*|\bdu'?uu\s+qofa\s+hawwa\b|"
    r"\bjiraachuun\s+(?:koo\s+)?faayidaa\s+hin\s+qabu\b|\bdhabamuu?\s+(?:nan\s+)?barbaad\w*|"
    r"\bhin\s+dammaq(?:ne|in)\b|\bjiraachuuf\s+sababni\b.{0,20}?\bhin\s+jiru\b|\bba'aa\s+qofa\b|\byoo\s+(?:ani\s+)?hin\s+jiraanne\b.{0,30}?\bgammad\w*|"
    r"\bergaan\s+kun\s+kan\s+koo\s+isa\s+dhumaa\w*|\bergaa\s+koo\s+isa\s+dhumaa\w*",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:qoricha|kiniinii)\b.{0,60}?\b(?:hunda|guutuu|baay'?ee)\b.{0,20}?\bliqims\w*",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bof\s+ajjeesuu\s+(?:akka\s+)?barbaad\w*|\b(?:riqicha|gamoo)\b.{0,40}?\butaal\w*",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bhafuura\s+hin\s+baafatu\b",
]
