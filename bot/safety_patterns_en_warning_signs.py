"""English crisis patterns: a relative or friend describing someone's warning signs (part of the third-person
list in :mod:`bot.safety_patterns_en`).

Families write about warning signs without naming suicide, then ask something practical ("he told me where
all his passwords are ... is ketamine really that fast"). Of 150 such messages on probe-yyy (2026-12-07), 23
got no crisis reply, and 8 of 120 on a second writer's (probe-zzz, never read). Most signs are ordinary
alone: an 82-year-old updating her will, a move with furniture given away, a good mood since treatment
began. So most patterns below need two things in one message: a sign of affairs put in order or belongings
given away, and low mood, a sudden calm, reckless danger or "out of nowhere". A few are warning signs alone:
letters written to each person, "don't count on me being here next year", marks someone made on themself.
"""

from __future__ import annotations

from bot.safety_patterns_en_indirect import EN_WEAPON, both_in_message

#: A person other than the writer.
_THEIR = r"(?:his|her|their)"

#: Affairs put in order, belongings given away, farewells.
_SIGN = (
    r"(?:\b(?:told|showed|walked|texted|sent|gave|handed)\s+(?:me|us)\b[^.?!]{0,40}?\b(?:logins?|passwords?|pins?|"
    r"bank\s+(?:info|details)|insurance\s+papers|life\s+insurance|spare\s+keys|safe\s+combination)\b"
    r"|\bwhere\s+(?:all\s+)?(?:" + _THEIR + r"|the)\s+(?:\w+\s+)?(?:passwords?|insurance\s+papers|life\s+insurance|"
    r"will|spare\s+keys|bank\s+(?:info|login))\b"
    r"|\b(?:updated|changed|rewrote|redid)\s+" + _THEIR + r"\s+(?:will|life\s+insurance|beneficiar\w+)\b"
    r"|\b(?:asked|wants?|wanted)\s+(?:me|us)\s+to\s+be\s+(?:the\s+|" + _THEIR + r"\s+)?executor\b"
    r"|\bwalked\s+(?:me|us)\s+through\s+(?:every|all\s+(?:of\s+)?" + _THEIR + r")\s+accounts?\b"
    r"|\bgave\s+(?:me\s+|us\s+|away\s+)?" + _THEIR + r"\s+(?:\w+\s+){0,2}(?:dog|cat|pets?|watch(?:es)?|collection|"
    r"truck|guitar|tools|rifles?|guns?|jewelry|ring|medals|bike|motorcycle|boat|savings|(?:apartment\s+|house\s+|car\s+)?keys)\b"
    r"|\bgiving\s+away\s+(?:" + _THEIR + r"|all\s+" + _THEIR + r")\s+(?:\w+\s+){0,2}(?:stuff|things|belongings|"
    r"collection|tools|dog|cat|pets|clothes)\b"
    r"|\bsigned\s+(?:" + _THEIR + r"\s+\w+\s+over|over\s+" + _THEIR + r")\b"
    r"|\btake\s+care\s+of\s+(?:mom|mum|dad|the\s+kids|my\s+\w+|our\s+\w+)\s+for\s+(?:me|him|her)\b"
    r"|\bwho\s+gets\s+(?:all\s+)?" + _THEIR + r"\s+(?:jewelry|car|truck|things|stuff|house|money|guns?|dog|cat|ring|"
    r"belongings)\b|\bbringing\s+(?:vials|meds|medicines?|pills)\s+home\s+from\s+work\b"
    r"|\bkeys?\s+to\s+the\s+gun\s+(?:cabinet|safe|case)\b"
    r"|\b(?:wrote|made|left)\s+(?:me|us)\s+(?:a\s+)?(?:binder|list|instructions|notes?)\s+(?:on|about|for)\s+how\s+to\s+"
    r"(?:run|handle|manage|do)\s+everything\b|\bautopay\s+for\s+every\s+single\b"
    r"|\b(?:taken|took)\s+care\s+of\s+everything\b|\bweirdly\s+grateful\b"
    r"|\b(?:telling|saying|says|said)\s+(?:\w+\s+){0,2}goodbye\b[^.?!]{0,40}?\blike\s+(?:he|she|they)\s+means?\s+it\b"
    r"|\bvisiting\s+(?:all|each)\s+(?:of\s+)?"
    + _THEIR
    + r"\s+(?:old\s+)?friends\s+one\s+by\s+one\b|\bfarewell\s+tour\b)"
)
#: Low mood now (not "ketamine for depression", the visitor's topic).
_LOW = (
    r"(?:\b(?:is|'s|has\s+been|been|was|so|very|really|super|deeply|severely)\s+(?:so\s+|really\s+|very\s+|super\s+)?"
    r"(?:depressed|low|down|hopeless)\b|\bdeep\s+depression\b|\bdepressed\s+(?:for|since)\b|\bhad\s+depression\b|"
    r"\bin\s+bed\s+most\s+days\b|\bbeen\s+in\s+bed\b|\bbarely\s+(?:speaks|talks|eats|leaves)\b|\bdespondent\b|"
    r"\b(?:so|really|very)\s+lost\s+since\b|\bworse\s+lately\b|\bcrying\s+(?:\w+\s+){0,4}every\s+day\b)"
)
#: A sudden calm after a long low.
_CALM = (
    r"(?:\b(?:suddenly|all\s+of\s+a\s+sudden|overnight)\b[^.?!]{0,40}?\b(?:calm|happy|cheerful|peaceful|relaxed|upbeat)\b"
    r"|\b(?:calm|happy|cheerful|peaceful|relaxed)\b[^.?!]{0,20}?\b(?:suddenly|overnight|all\s+of\s+a\s+sudden)\b"
    r"|\bat\s+peace\s+with\s+(?:it\s+all|everything)\b)"
)
#: Danger courted beside the sign.
_RECKLESS = (
    r"(?:\bdrinking\s+and\s+driving\b|\b(?:taking|takes|took)\s+the\s+boat\s+out\s+alone\b|"
    r"\bwalking\s+(?:on|along)\s+(?:the\s+)?(?:train\s+)?tracks\b)"
)
_UNEXPLAINED = (
    r"(?:\bout\s+of\s+(?:nowhere|the\s+blue)\b|\bno\s+context\b|\bfor\s+no\s+reason\b|\bdidn'?t\s+say\s+why\b)"
)
#: Reading up on doses or dangerous mixes.
_READING_ON_DOSES = (
    r"(?:\b(?:reading|read|googl\w+|search\w*|looking\s+up|looked\s+up|tabs?\s+open)\b[^.?!]{0,40}?"
    r"\b(?:lethal|fatal|deadly|overdose|dangerous)\s+doses?\b|\b(?:reading|googl\w+|search\w*)\b[^.?!]{0,50}?"
    r"\b(?:lethal|fatal|deadly|dangerous\s+together)\b)"
)
#: Waiting where a train or car could hit.
_AT_THE_TRACKS = r"(?:\bstanding\s+(?:by|near|on)\s+the\s+(?:train\s+)?tracks\b)"
#: Readiness asked for, or a weapon brought within reach, beside the sign.
_READY_OR_ARMED = (
    r"(?:\b(?:wants?|wanted)\s+(?:me|us)\s+to\s+be\s+ready\b|\b"
    + EN_WEAPON
    + r"\b[^.?!]{0,30}?\bout\s+of\s+the\s+safe\b"
    r"|\b(?:bought|borrow\w*)\s+(?:a|your|my)\s+" + EN_WEAPON + r"\b)"
)


WARNING_SIGN_PATTERNS: list[str] = [
    both_in_message(_SIGN, rf"{_LOW}|{_CALM}|{_RECKLESS}|{_UNEXPLAINED}|{_READY_OR_ARMED}"),
    # Statements about not being around, with low mood.
    both_in_message(r"\bnone\s+of\s+(?:it|this)\s+will\s+matter\b|\b(?:can|could|will)\s+finally\s+rest\b", _LOW),
    both_in_message(rf"{_READING_ON_DOSES}|{_AT_THE_TRACKS}", _LOW),
    both_in_message(r"\bhow\s+much\s+(?:\w+\s+){0,2}(?:would|will|is)\s+(?:be\s+)?too\s+much\b", _LOW),
    # Warning signs alone.
    r"\b(?:letters?|notes?|envelopes?|pages?|(?:video\s+)?messages?|recordings?|videos?)\b[^.?!]{0,60}?"
    r"\b(?:to|for|addressed\s+to|with)\s+each\s+(?:one\s+)?of\s+"
    r"(?:us|them|the\s+kids|our\s+names|" + _THEIR + r"\s+(?:friends|kids|children|grandchildren|grandkids))\b"
    r"|\b(?:letters?|notes?|envelopes?|pages?)\b[^.?!]{0,40}?\bto\s+each\s+of\s+" + _THEIR + r"\s+friends\b",
    r"\bpromise\s+(?:me\s+)?(?:that\s+)?(?:i|we|you)\s+(?:wouldn'?t|won'?t)\s+be\s+sad\b|"
    r"\bpromise\s+to\s+be\s+happy\s+without\s+(?:him|her|them|me)\b",
    r"\bbetter\s+(?:off\s+)?with\s+a\s+(?:mom|dad|mother|father|wife|husband|parent)\s+who\s+(?:isn'?t|wasn'?t|is\s+not)\b",
    r"\b(?:hope|hopes|hoping|wish|wishes)\s+(?:that\s+)?a\s+(?:car|truck|bus|train)\s+(?:hits|would\s+hit|will\s+hit)\s+"
    r"(?:her|him|them|me)\b",
    r"\b(?:don'?t|do\s+not)\s+count\s+on\s+(?:me|him|her|them)\s+being\s+(?:here|around)\b",
    r"\b(?:won'?t|will\s+not|wouldn'?t)\s+be\s+(?:here|around)\s+(?:when|for|by|at|to\s+see)\s+(?:the\s+|"
    + _THEIR
    + r"\s+|my\s+|our\s+)?(?:kids?\s+)?(?:graduat\w*|wedding|birthday|christmas|next\s+year|grandbaby)\b",
    r"\b(?:cancel+ed|quit|stopped)\b[^.?!]{0,40}?\b(?:surgery|treatment|appointments?|meds|therapy)\b[^?]{0,40}?"
    r"\bwhy\s+bother\b",
    r"\b(?:scratches|cuts|burns|marks|bruises)\b[^.?!]{0,60}?\b(?:did|done|made|gave)\s+(?:to\s+)?"
    r"(?:himself|herself|themselves|themself)\b",
    r"\b(?:saving|stockpiling|hoarding|stashing)\s+(?:up\s+)?" + _THEIR + r"\s+(?:\w+\s+)?(?:pills|meds|medicines?|"
    r"medications?|antidepressants|sleeping\s+pills|insulin)\b(?!\s+for\s+(?:the|a|our)\s+(?:trip|travel|vacation))",
    r"\b(?:search(?:ed|ing)?|looked\s+up|googl\w+|history)\b[^.?!]{0,60}?\bhow\s+(?:high|tall|far)\b[^.?!]{0,30}?"
    r"\b(?:bridge|building|fall|drop|jump)\b",
]
