"""Explicit suicide and self-harm language, matched without any model.

The NLU classifier can miss an unusual phrasing; these patterns are the safety net that
forces the crisis response for anything that explicitly mentions suicide or self-harm.
They are deliberately broad: a false alarm costs a visitor one extra message, a miss
could cost far more.
"""
from __future__ import annotations

import re
import unicodedata

_PATTERNS = [
    r"suicid\w*",
    r"sui\s?cide",
    r"kill(?:ing)?\s+my\s?self",
    r"\bkms\b",
    r"\bunalive\w*",
    r"end(?:ing)?\s+(?:it\s+all|my\s+(?:own\s+)?life|things|everything|my\s+suffering)",
    r"take\s+my\s+(?:own\s+)?life",
    r"tak(?:e|ing)\s+my\s+life",
    r"\bself[\s-]?harm\w*",
    r"(?:hurt|harm|cut|burn)(?:t?ing|s)?\s+my\s?self",
    r"(?:want|wanna|plan(?:ning)?|ready)\s+(?:to\s+)?die\b",
    r"wish\s+i\s+(?:was|were)\s+dead",
    r"wish\s+i\s+(?:could\s+)?(?:die|disappear\s+forever)",
    r"better\s+off\s+(?:dead|without\s+me)",
    r"(?:don'?t|do\s+not|dont)\s+want\s+to\s+(?:live|be\s+alive|be\s+here\s+any\s?more|wake\s+up)",
    r"no\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|go(?:ing)?\s+on)",
    r"overdos(?:e|ing)\s+on\s+purpose",
    r"(?:going|gonna|want|wanna|plan(?:ning)?)\s+(?:to\s+)?overdose",
    r"jump(?:ing)?\s+(?:off|from)\s+(?:a|the)\s+(?:bridge|roof|building)",
    r"hang(?:ing)?\s+my\s?self",
    r"shoot(?:ing)?\s+my\s?self",
]
_CRISIS = re.compile("|".join(f"(?:{pattern})" for pattern in _PATTERNS), re.IGNORECASE)


def _normalise(text: str) -> str:
    """Fold look-alike characters and curly apostrophes so spelling tricks do not hide a match."""
    folded = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", folded)


def mentions_crisis(text: str) -> bool:
    """True when ``text`` explicitly mentions suicide or self-harm."""
    return bool(text) and _CRISIS.search(_normalise(text)) is not None
