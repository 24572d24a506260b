"""Crisis language (suicide, self-harm, overdose, someone else in danger, a medical emergency now),
matched without any model.

The NLU classifier can miss an unusual phrasing; these patterns are the safety net that
forces the crisis response. They cover explicit words ("suicide", "kill myself") and the
indirect and passive ways people actually say it ("I can't go on", "everyone would be
better off without me", "I took a whole bottle of pills", "my son says he wants to end it").
They are deliberately broad: a false alarm costs a visitor one extra message, a miss
could cost far more. Questions *about* suicidality research or overdose risk may fire;
that is acceptable (crisis resources first, then the answer).

The patterns are language data: one module per language (``safety_patterns_<code>``) with one
list per category, gathered in ``PATTERNS_BY_LANGUAGE``. Adding another language means writing
its module with the same five lists and its two lines for the crisis reply (``INTERPRETER_LINE``:
988 with an interpreter; ``EMERGENCY_LINE``: 911 now), and ``OWN_LETTERS`` if its patterns share
words with another language's, and naming it in ``_LANGUAGE_MODULES``; nothing else changes. All
patterns are matched case-insensitively against normalised text (NFKC, straight apostrophes,
single spaces), so write apostrophes as ``'`` and make them optional (``don'?t``) to catch "dont".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from re import Pattern

from bot import safety_patterns_ar as ar
from bot import safety_patterns_ceb as ceb
from bot import safety_patterns_de as de
from bot import safety_patterns_el as el
from bot import safety_patterns_en as en
from bot import safety_patterns_es as es
from bot import safety_patterns_fr as fr
from bot import safety_patterns_hmn as hmn
from bot import safety_patterns_ht as ht
from bot import safety_patterns_id as id_
from bot import safety_patterns_ilo as ilo
from bot import safety_patterns_it as it
from bot import safety_patterns_ja as ja
from bot import safety_patterns_ko as ko
from bot import safety_patterns_nl as nl
from bot import safety_patterns_om as om
from bot import safety_patterns_pl as pl
from bot import safety_patterns_pt as pt
from bot import safety_patterns_ro as ro
from bot import safety_patterns_ru as ru
from bot import safety_patterns_rw as rw
from bot import safety_patterns_sm as sm
from bot import safety_patterns_so as so
from bot import safety_patterns_sw as sw
from bot import safety_patterns_tl as tl
from bot import safety_patterns_tr as tr
from bot import safety_patterns_uk as uk
from bot import safety_patterns_vi as vi
from bot import safety_patterns_zh as zh

OVERDOSE = "overdose"
CRISIS = "crisis"
#: A medical emergency happening now that is not about suicide (chest pain, a seizure, a stroke):
#: the reply leads with 911 (utter_crisis's variation for it, domain.yml).
EMERGENCY = "emergency"
#: A message in a script no language here is read in (``bot.safety_scripts``): the reply says the assistant
#: cannot read it and gives 988 with its interpreters and 911 (utter_crisis's variation for it).
UNREAD = "unread"
#: The key a parse carries (True) when the classifier gives the crisis intent some weight but not
#: enough for the crisis response (components/crisis_guard.py): the answer opens with a line about 988.
CHECK_IN = "crisis_check_in"

# Category name -> the kind ``crisis_kind`` reports for it.
CATEGORY_KINDS: dict[str, str] = {
    "overdose": OVERDOSE,
    "self_harm_intent": CRISIS,
    "passive_ideation": CRISIS,
    "third_person_danger": CRISIS,
    "medical_emergency": EMERGENCY,
}
# Which kind wins when a message has several: an overdose needs Poison Control, and suicide
# language the 988 list first, before a medical emergency's 911.
_KIND_ORDER = (OVERDOSE, CRISIS, EMERGENCY)

# Each language's module holds one list per category (``<CATEGORY>_PATTERNS``). Add a language by
# writing its module and naming it here.
_LANGUAGE_MODULES = {
    "en": en,
    "es": es,
    "fr": fr,
    "de": de,
    "pl": pl,
    "pt": pt,
    "ru": ru,
    "uk": uk,
    "it": it,
    "ko": ko,
    "nl": nl,
    "sw": sw,
    "tr": tr,
    "ar": ar,
    "ja": ja,
    "el": el,
    "zh": zh,
    "vi": vi,
    "tl": tl,
    "ht": ht,
    "so": so,
    "hmn": hmn,
    "id": id_,
    "ro": ro,
    "ceb": ceb,
    "ilo": ilo,
    "sm": sm,
    "om": om,
    "rw": rw,
}
# Language -> category -> patterns.
PATTERNS_BY_LANGUAGE: dict[str, dict[str, list[str]]] = {
    code: {category: getattr(module, f"{category.upper()}_PATTERNS") for category in CATEGORY_KINDS}
    for code, module in _LANGUAGE_MODULES.items()
}


def _compile(patterns_by_language: dict[str, dict[str, list[str]]]) -> list[tuple[str, Pattern[str]]]:
    """One regex per category, every language merged, in ``_KIND_ORDER``: overdose wins over plain crisis,
    and both over a medical emergency."""
    by_category: dict[str, list[str]] = {}
    for categories in patterns_by_language.values():
        for category, patterns in categories.items():
            if category not in CATEGORY_KINDS:
                raise ValueError(f"unknown crisis pattern category {category!r}")
            by_category.setdefault(category, []).extend(patterns)
    order = sorted(by_category, key=lambda category: _KIND_ORDER.index(CATEGORY_KINDS[category]))
    return [(category, _union(by_category[category])) for category in order]


def _union(patterns: list[str]) -> Pattern[str]:
    """One case-insensitive regex that matches where any of ``patterns`` does."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


_COMPILED = _compile(PATTERNS_BY_LANGUAGE)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'"})
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


# Digits and signs typed for letters inside a word to get past filters ("su1c1dal", "su!cide", "k!ll mys3lf"):
# read as the letters they stand for, only between two letters, so "$500", "3am" and "covid-19" stay as written.
_MASKED = re.compile(r"(?<=[^\W\d_])[013457@$!|]+(?=[^\W\d_])")
_UNMASK = str.maketrans("013457@$!|", "oieastasii")
# A word spelled out letter by letter ("d i e", "k.m.s", "s.e.l.f d.e.l.e.t.e"), read as the word.
_SPELLED_OUT = re.compile(r"(?<![^\W\d_])[^\W\d_](?:[ .][^\W\d_]){2,}(?![^\W\d_])")
# A letter starred out ("s*icide", "k*ll", "kn*fe"): each vowel is tried in its place.
_STARRED = re.compile(r"(?<=[^\W\d_])\*(?=[^\W\d_])")
# Emoji written for the means or the place, read as the words English's patterns know (``EMOJI_WORDS``).
_EMOJI_WORDS = str.maketrans({emoji: f" {word} " for emoji, word in en.EMOJI_WORDS.items()})


def _normalise(text: str) -> str:
    """Fold look-alike characters and curly apostrophes so spelling tricks do not hide a match."""
    folded = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", folded)).strip()


def _readings(text: str) -> list[str]:
    """The texts the patterns are asked of: the message normalised, and also with its masked letters read
    ("su1c1dal" as "suicidal", "d i e" as "die", "🔫" as "gun"; a starred letter as each vowel in turn) when
    it has any; the message as typed is always one of them, so a sign that was only punctuation ("help!i")
    loses nothing."""
    normalised = _normalise(text)
    unmasked = _MASKED.sub(lambda match: match.group().translate(_UNMASK), normalised)
    unmasked = _SPELLED_OUT.sub(lambda match: re.sub("[ .]", "", match.group()), unmasked)
    unmasked = unmasked.translate(_EMOJI_WORDS)
    unmasked = re.sub(r"\s+", " ", unmasked).strip()
    readings = [normalised] if unmasked == normalised else [normalised, unmasked]
    if _STARRED.search(unmasked):
        readings += [_STARRED.sub(vowel, unmasked) for vowel in "aeiou"]
    return readings


def crisis_category(text: str) -> str | None:
    """The pattern category (``"overdose"``, ``"self_harm_intent"``, ...) that ``text`` matches, if any."""
    if not text:
        return None
    readings = _readings(text)
    for category, pattern in _COMPILED:
        if any(pattern.search(reading) for reading in readings):
            return category
    return None


def crisis_kind(text: str) -> str | None:
    """``"overdose"`` for overdose or poisoning language, ``"crisis"`` for other crisis language,
    ``"emergency"`` for a medical emergency now, else None.

    An overdose reply leads with 911 and Poison Control (1-800-222-1222), then the 988 list; a medical
    emergency's leads with 911.
    """
    category = crisis_category(text)
    return CATEGORY_KINDS[category] if category else None


def mentions_crisis(text: str) -> bool:
    """True when ``text`` mentions suicide, self-harm, overdose, someone else in danger or a medical emergency now."""
    return crisis_kind(text) is not None


def crisis_language(text: str) -> str | None:
    """The language whose patterns find crisis language in ``text``, another language's before
    English's (a Spanish sentence in an English message is the Spanish speaker's), or None.

    Only asked of a message already flagged: each language's patterns are compiled apart on first
    use (about 0.3 s for all), which the crisis guard does when the model loads
    (``compile_language_patterns``), not while a visitor in crisis waits.
    """
    readings = _readings(text or "")
    found = [code for code in _LANGUAGE_MODULES if any(_language_pattern(code).search(r) for r in readings if r)]
    others = [code for code in found if code != "en"]
    if len(others) > 1:
        others = _by_own_letters(others, readings[0])
    return others[0] if others else (found[0] if found else None)


def _by_own_letters(codes: list[str], text: str) -> list[str]:
    """Languages whose patterns share words ("自殺" is Japanese and Chinese, "convulsionando" Spanish and
    Portuguese), told apart by the letters only one of them writes (a module's optional ``OWN_LETTERS``:
    kana, "ñ", "ї"): those whose letters the message holds; else those that define none, since the
    others' letters are missing; else all, in module order."""
    own = {code: getattr(_LANGUAGE_MODULES[code], "OWN_LETTERS", "") for code in codes}
    holding = [code for code in codes if own[code] and re.search(own[code], text, re.IGNORECASE)]
    return holding or [code for code in codes if not own[code]] or codes


# How many languages' lines share one line of the reply when the language is not known.
_LINES_PER_ROW = 3


def reply_lines(kind: str, language: str | None) -> str:
    """The crisis reply's lines in the visitor's language (``utter_crisis``'s ``{crisis_language_lines}``):
    for a medical emergency or an overdose, whose replies lead with 911, how to call 911
    (``EMERGENCY_LINE``); otherwise how to reach 988's interpreters (``INTERPRETER_LINE``). One line
    for a crisis found in a known language (a language without a line of its own gets English's:
    Spanish, whose 988 line the reply always carries), every language's when no pattern found it and
    so the language is not known (a crisis the classifier alone found): a visitor in crisis reads only
    the lines meant for them."""
    attribute = "EMERGENCY_LINE" if kind in (EMERGENCY, OVERDOSE) else "INTERPRETER_LINE"
    if language is not None:
        return f"- {getattr(_LANGUAGE_MODULES[language], attribute) or getattr(en, attribute)}"
    lines = [getattr(module, attribute) for module in _LANGUAGE_MODULES.values() if getattr(module, attribute)]
    rows = [" ".join(lines[start : start + _LINES_PER_ROW]) for start in range(0, len(lines), _LINES_PER_ROW)]
    return "\n".join(f"- {row}" for row in rows)


def compile_language_patterns() -> None:
    """Compile each language's patterns now (``crisis_language`` would on its first call)."""
    for code in _LANGUAGE_MODULES:
        _language_pattern(code)


@cache
def _language_pattern(code: str) -> Pattern[str]:
    """One language's patterns of every category, as one regex."""
    return _union([pattern for patterns in PATTERNS_BY_LANGUAGE[code].values() for pattern in patterns])
