"""Vietnamese crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

"hôm nay tôi sẽ tự tử" (probe-zz, 2026-12-05), with or without the tone marks for the phrases that
stay unambiguous without them. "mệt muốn chết" (tired to death) is hyperbole: only "I want to die"
with its pronoun counts.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Tiếng Việt:** gọi [988](tel:988) và yêu cầu thông dịch viên."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Tiếng Việt:** hãy gọi [911](tel:911) ngay và nói "Vietnamese".'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"tự\s+tử|tự\s+sát|\btu\s+sat\b|kết\s+liễu\s+(?:cuộc\s+)?đời\s+mình|tự\s+làm\s+hại\s+(?:bản\s+thân|mình)",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\b(?:tôi|em|mình|tao|con|anh|chị)\s+(?:chỉ\s+)?muốn\s+chết\b|\b(?:toi|minh|tao)\s+muon\s+chet\b|"
    r"không\s+muốn\s+sống\s+nữa|\bkhong\s+muon\s+song\s+nua\b|chán\s+sống",
]

OVERDOSE_PATTERNS: list[str] = [
    r"uống\s+(?:hết|cả)\s+(?:cả\s+)?(?:lọ|hộp|vỉ|chai)\s+thuốc",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"(?:muốn|đòi|định)\s+tự\s+tử",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"ngừng\s+thở|không\s+còn\s+thở",
]
