"""Messages written in a script the safety net cannot read.

The crisis patterns cover the languages ``bot.safety`` names (all in Latin, Cyrillic, Greek, Arabic, Han, kana or
Hangul letters), and the intent classifier reads English.
A message in Bengali, Gujarati, Amharic or Khmer script is read by neither: on a probe of twelve
uncovered languages (probe-nnn, 2026-12-07), 50 of 120 crisis messages got the crisis reply, 4 of the 50
written in those four scripts or Armenian, none of Amharic's ten. The assistant cannot answer such a
message either, so it gets the reply that says so and gives 988 with its interpreters and 911
(``utter_crisis``'s ``unread`` variation), with the same in the languages written in the message's script
(``unread_reply_lines``): a visitor in danger is never left with "not sure" in a language they may not read.

It takes at least half of the message's letters, and ``MIN_LETTERS`` of them. Until 2026-12-07 that
was 12, to leave a name typed into the contact form alone; but a cry for help in such a script is often
shorter ("อยากตาย", "אני רוצה למות", "መሞት እፈልጋለሁ"): of 120 short crisis messages in 24 such languages
(probe-ppp), 74 got the crisis reply. A short message there cannot be answered either, and a name typed
into the contact form gets the reply and is kept as the answer (``actions/contact.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from bot.safety import UNREAD, reply_lines
from bot.unread_script_lines import LINES, SCRIPT_LANGUAGES

# Blocks no crisis-pattern language writes: Armenian, Hebrew, Syriac, Thaana, the Indic scripts (Devanagari
# to Sinhala), Thai, Lao, Tibetan, Myanmar, Georgian, Ethiopic, Cherokee, Khmer, Mongolian, Javanese.
_UNREAD = re.compile(
    "[\u0530-\u058f\u0590-\u05ff\u0700-\u074f\u0780-\u07bf\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff"
    "\u1000-\u109f\u10a0-\u10ff\u1200-\u139f\u13a0-\u13ff\u1780-\u17ff\u1800-\u18af\ua980-\ua9df]"
)
# Arabic script is read (bot/safety_patterns_ar.py), but the other languages written in it are not: letters
# Arabic does not use mark a message as one of theirs, and then its Arabic-script letters count as unread.
# Persian and Urdu: pe, tcheh, jeh, keheh, gaf, Farsi yeh, yeh barree, tteh, ddal, rreh, noon ghunna, heh
# doachashmee, heh goal. Pashto: teh, dal, reh, kaf and noon with ring, reh and seen with two dots, hah with
# hamza, hah with three dots, yeh with tail, e. Sorani Kurdish: reh, lam and yeh with small v, oe, ae. Uyghur:
# u, yu, ve. Sindhi: beeh, tteheh, teh with three dots downwards, dyeh, nyeh, beheh, dal with dot below,
# dahal, ddahal, dal with three dots downwards, peheh, swash kaf, ngoeh, gueh, rnoon.
_OTHER_ARABIC_SCRIPT_LANGUAGES = re.compile(
    "[\u067e\u0686\u0698\u06a9\u06af\u06cc\u06d2\u0679\u0688\u0691\u06ba\u06be\u06c1"
    "\u067c\u0689\u0693\u06ab\u06bc\u0696\u069a\u0681\u0685\u06cd\u06d0"
    "\u0695\u06b5\u06ce\u06c6\u06d5"
    "\u06c7\u06c8\u06cb"
    "\u067b\u067a\u067d\u0684\u0683\u0680\u068a\u068c\u068d\u068f\u06a6\u06aa\u06b1\u06b3\u06bb]"
)
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
#: How many letters of an unread script a message needs: one stray letter is no message.
MIN_LETTERS = 2


def unread_script(text: str) -> bool:
    """True when most of ``text`` is in a script the safety net cannot read (more than a stray letter)."""
    unread = len(_UNREAD.findall(text))
    arabic = len(_ARABIC_SCRIPT.findall(text))
    if arabic and _OTHER_ARABIC_SCRIPT_LANGUAGES.search(text):
        unread, arabic = unread + arabic, 0
    if unread < MIN_LETTERS:
        return False
    # Every character of these scripts counts as a letter (Indic vowel signs are marks, not letters).
    latin_and_others = sum(
        1 for char in text if char.isalpha() and not _UNREAD.match(char) and not _ARABIC_SCRIPT.match(char)
    )
    return 2 * unread >= unread + arabic + latin_and_others


def unread_reply_lines(text: str) -> str:
    """The reply's lines for an unread ``text`` (``utter_crisis``'s ``{crisis_language_lines}``): 988 and 911
    with an interpreter, in each language written in the message's script; every pattern language's line
    about 988's interpreters for a script none is written for here (Syriac, Thaana, Cherokee...)."""
    scripts = Counter(
        unicodedata.name(char, "").split(" ")[0] for char in text if _UNREAD.match(char) or _ARABIC_SCRIPT.match(char)
    )
    languages = SCRIPT_LANGUAGES.get(scripts.most_common(1)[0][0], ()) if scripts else ()
    if not languages:
        return reply_lines(UNREAD, None)
    return "\n".join(f"- {LINES[language]}" for language in languages)
