"""Chinese crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Chinese is the most spoken language in US homes after English and Spanish; every language's
patterns are checked on every message. The core of the same five categories as English, in
simplified and traditional characters. "想死你了" (I miss you to death) is an idiom and stays unflagged.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**中文：** 请拨打 [988](tel:988)，并要求中文口译员。"
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**中文：** 请立即拨打 [911](tel:911)，并说 "Mandarin" 或 "Cantonese"。'

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"自杀|自殺|轻生|輕生|结束(?:自己的|我的)?生命|結束(?:自己的|我的)?生命|割腕|(?:去|要|想)跳(?:楼|樓|桥|橋)",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"想死(?!你|您|他|她|了你)|不想活|活不下去|活着没意思|活著沒意思|死了算了|不想(?:再)?醒(?:来|來)",
]

OVERDOSE_PATTERNS: list[str] = [
    r"(?:吃|吞)了(?:一整瓶|整瓶|一瓶|所有的?|全部的?)(?:药|藥|安眠药|安眠藥|止痛药|止痛藥)",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"(?:他|她)(?:说|說)(?:要|想)(?:去)?死(?!你|您|了你)",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"没有呼吸|沒有呼吸|不呼吸了|叫不醒",
]
