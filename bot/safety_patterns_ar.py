"""Arabic crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"Ana ta3ban, bidi amoot" (I'm tired, I want to die; probe-xx, 2026-12-05), in Arabic letters or in
the Latin letters and digits of chat Arabic: every language's patterns are checked on every
message. The core of the same five categories as English.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**العربية:** اتصل بالرقم [988](tel:988) واطلب مترجمًا."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**العربية:** اتصل بالرقم [911](tel:911) الآن وقل "Arabic".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"انتحر|الانتحار|أقتل\s*نفسي|اقتل\s*نفسي",
    r"\b(?:bidi|baddi|biddi|3ayez|ayez|abgha|areed|ariid)\s+(?:antaher|ante7er|a2tol\s+nafsi|aqtol\s+nafsi)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"(?:أريد|اريد|بدي|عايز|ابغى)\s*(?:أن\s*)?(?:أموت|اموت|موت)",
    r"\b(?:bidi|baddi|biddi|3ayez|ayez|abgha|areed|ariid)\s+(?:an\s+)?(?:amoot|amut|amout|mout|moot)\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"(?:أخذت|اخذت|بلعت)\s*(?:كل|جميع)\s*(?:الحبوب|الدواء|حبوبي)",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"(?:يريد|بده|عايز)\s*(?:أن\s*)?(?:ينتحر|يموت)",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"لا\s*يتنفس|ما\s*عم\s*يتنفس",
]
