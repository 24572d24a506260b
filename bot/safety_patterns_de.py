"""German crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

A German-speaking visitor may write in German ("Ich will einfach nicht mehr aufwachen. Hab schon
Abschiedsbriefe geschrieben", probe-rr, 2026-12-05): every language's patterns are checked on every
message. The core of the same five categories as English; umlauts may be written out ("moechte").
Idioms that borrow the words stay unflagged: "mein Chef bringt mich um" (my boss is killing me),
"ich lache mich tot", "Schluss machen" (to break up).
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = (
    '**Auf Deutsch:** rufen Sie die [988](tel:988) an und bitten Sie um einen Dolmetscher (sagen Sie "German").'
)
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Auf Deutsch:** rufen Sie jetzt die [911](tel:911) an und sagen Sie "German".'

_DE_PILLS = r"(?:tabletten|pillen|schlaftabletten|medikamente|beruhigungsmittel)"
_DE_WANT = r"(?:will|m(?:ö|oe)chte|werde|wollte)"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\bich\s+" + _DE_WANT + r"\s+(?:\w+\s+){0,3}?mich\s+(?:umbringen|t(?:ö|oe)ten)\b",
    r"\b(?:selbstmord|suizid)\s+(?:begehen|machen|zu\s+begehen)\b|\bmir\s+das\s+leben\s+(?:zu\s+)?nehmen\b",
    r"\bmeinem\s+leben\s+ein\s+ende\s+(?:zu\s+)?(?:setzen|machen)\b",
    # Goodbye letters written, not a farewell card for a colleague ("Abschiedskarte").
    r"\babschieds?briefe?\b[^.?!]{0,30}?\bgeschrieben\b|\bhab(?:e)?\s+(?:schon\s+|bereits\s+)?(?:einen\s+|meine\s+)?"
    r"abschieds?briefe?\b",
    r"\bich\s+(?:ritze|schneide)\s+mich\s+(?:wieder|schon\s+wieder|jeden\s+tag)\b|\bmich\s+wieder\s+(?:geritzt|geschnitten)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bich\s+(?:will|m(?:ö|oe)chte|mag)\s+(?:einfach\s+|echt\s+|wirklich\s+)?(?:nicht|nie)\s+mehr\s+(?:leben|aufwachen|"
    r"da\s+sein|hier\s+sein|existieren)\b",
    r"\bich\s+(?:will|m(?:ö|oe)chte)\s+(?:einfach\s+|nur\s+|einfach\s+nur\s+)?sterben\b",
    r"\b(?:alle|jeder|meine\s+familie|meine\s+kinder)\s+(?:w(?:ä|ae)ren|w(?:ä|ae)re)\s+(?:ohne\s+mich\s+besser\s+dran|"
    r"besser\s+dran\s+ohne\s+mich)\b",
    # "I can't any more" ending a sentence, as Spanish's "ya no aguanto más"; "ich kann nicht mehr warten" goes on.
    r"\bich\s+kann\s+(?:einfach\s+)?nicht\s+mehr\b(?=\s*(?:$|[.!,;]))",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:ich\s+)?hab(?:e)?\s+(?:alle\s+(?:meine\s+)?|eine\s+ganze\s+packung\s+|die\s+ganze\s+packung\s+)"
    + _DE_PILLS
    + r"\s+(?:genommen|geschluckt)\b(?!\s+(?:wie\s+immer|heute\s+morgen|wie\s+verschrieben)\b)",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\b(?:will|wollte|m(?:ö|oe)chte)\s+sich\s+(?:heute\s+|jetzt\s+|heute\s+nacht\s+)?(?:umbringen|"
    r"das\s+leben\s+nehmen)\b|\bsich\s+(?:heute\s+|jetzt\s+|heute\s+nacht\s+)?(?:umbringen|das\s+leben\s+nehmen)\s+"
    r"(?:will|wollte|m(?:ö|oe)chte)\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\b(?:bekommt|kriegt|bekomme|kriege)\s+keine\s+luft\b|\batmet\s+nicht\s+mehr\b|\bhat\s+einen\s+krampfanfall\b",
]
