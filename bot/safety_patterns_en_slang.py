"""English patterns for danger said in online slang ("algospeak": "game end", "yeet myself", "catch the bus"):
language data for :mod:`bot.safety`, joined to the self-harm and overdose lists by :mod:`bot.safety_patterns_en`.

Written after probe-iii (2026-12-07, the session from 01:58 UTC): messages written around content filters.
Masked letters ("su1c1dal", "k*ll", "d i e") and emoji for the means ("🔫", "💊", "🌉"; ``EMOJI_WORDS`` in
:mod:`bot.safety_patterns_en`) are read by :func:`bot.safety._readings` before any pattern, so the patterns
elsewhere see the plain words; what is left here is the slang itself, each phrase with the word that makes it
danger rather than a game or a bus ride.
"""

from __future__ import annotations

from bot.safety_patterns_en_overdose import EN_DRUG

_ME = r"(?:my|him|her|them|your)sel(?:f|ves)"

SLANG_INTENT_PATTERNS: list[str] = [
    r"\bthe\s+one\s+(?:you|u|ya)\s+(?:don'?t|dont|never|can'?t|cant)\s+come\s+back\s+from\b",
    r"\bgame\s+end\s+(?:it|" + _ME + r")\b",
    r"\b(?:it'?s|its)\s+game\s+end\s+for\s+me\b",
    r"\btexted\s+\W?game\s+end\b",
    r"\byeet(?:ing)?\s+"
    + _ME
    + r"\s+(?:off|into\s+(?:the|a)\s+(?:ocean|river|lake|sea|traffic|canyon)|in\s+front\s+of)\b",
    r"\beat(?:ing|s)?\s+(?:a\s+bullet|(?:my|his|her|their)\s+(?:gun|pistol|rifle|shotgun))\b",
    r"\blong\s+nap\b[^.?!]{0,60}\b(?:pills|enough|tonight|forever)\b",
    r"\bsleep\W{0,2}\s+with\s+all\s+(?:my|his|her)\s+(?:meds|pills)\b",
    r"\bnobody\s+has\s+to\s+deal\s+w(?:ith|/)?\s+me\s+any\s?more\b",
    r"\bi\s+have\s+a\s+plan\W+\s*(?:bye|goodbye)\b",
    r"\bi\s+cut\s+(?:so|too|really)\s+deep\b",
    r"\b(?:won'?t|wont)\s+stop\s+bleeding\b",
    r"\b(?:urges?|wanna|want\s+to)\s+(?:to\s+)?(?:hurt|harm|cut|burn)\s+my\s?(?:self|slef|sefl)\s+(?:rn|right\s+now|now|tonight)\b",
    r"\b(?:don'?t|dont)\s+think\s+i\s+make\s+it\s+to\s+(?:tomorrow|the\s+morning|morning)\b",
    r"\b(?:gonna|going\s+to)\s+take\s+the\s+whole\s+(?:pack|bottle|box)\s+(?:tonight|and\s+be\s+done)\b",
    r"\bcoffin\s+(?:thats|that'?s|is)\s+where\s+i\s+want\s+to\s+be\b",
    r"\b(?:want\s+to|wanna|gonna|going\s+to)\s+💀\s*" + _ME + r"\b",
]

SLANG_OVERDOSE_PATTERNS: list[str] = [
    r"\boverdid\s+(?:it|my\s+" + EN_DRUG + r")\s+on\s+purpose\b",
    r"\b(?:idk|(?:don'?t|dont)\s+know)\s+how\s+many\s+i\s+took\b",
]
