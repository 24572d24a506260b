"""Greek crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"Δεν θέλω να ζω άλλο" (probe-xx, 2026-12-05): every language's patterns are checked on every
message. The core of the same five categories as English; accents are optional.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Ελληνικά:** καλέστε το [988](tel:988) και ζητήστε διερμηνέα."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Ελληνικά:** καλέστε τώρα το [911](tel:911) και πείτε "Greek".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\bν[αά]\s+αυτοκτον[ηή]σω\b|\bθ[αά]\s+αυτοκτον[ηή]σω\b|\bν[αά]\s+σκοτ[ωώ]σω\s+τον\s+εαυτ[οό]\s+μου\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bδεν\s+θ[εέ]λω\s+ν[αά]\s+ζ[ωώ]\b|\bθ[εέ]λω\s+ν[αά]\s+πεθ[αά]νω\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\bπ[ηή]ρα\s+[οό]λα\s+τα\s+χ[αά]πια\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bθ[εέ]λει\s+ν[αά]\s+αυτοκτον[ηή]σει\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bδεν\s+αναπν[εέ]ει\b",
]
