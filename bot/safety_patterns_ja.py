"""Japanese crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"Mou kietai. Kyou de owari" (I want to vanish; it ends today; probe-xx, 2026-12-05), in Japanese
script or romanised: every language's patterns are checked on every message. The core of the same
five categories as English.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**日本語:** [988](tel:988)に電話して通訳を頼んでください。"
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = "**日本語:** 今すぐ[911](tel:911)に電話して「Japanese」と言ってください。"
# Kana: a message in Japanese script holds some; Chinese shares the kanji (bot.safety.crisis_language).
OWN_LETTERS = "[\u3040-\u30ff]"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"自殺|自分を殺|\bjisatsu\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"死にたい|消えたい|生きていたくない|\b(?:shinitai|kietai|ikite\s*itakunai)\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"薬を\s*(?:全部|ぜんぶ)\s*飲んだ",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"死にたいと言って",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"息をしていない",
]
