"""English patterns for danger said in a few words in the middle of a conversation: language data for
:mod:`bot.safety`, joined to the self-harm, overdose and third-person lists by :mod:`bot.safety_patterns_en`.

Written after probe-ccc (2026-12-06, the session from 20:14 UTC: crisis turns after calm questions), where
66 of 120 turns were caught by the classifier alone: a place ("im on the bridge rn"), means at hand and a
time ("pills saved. tonight."), an overdose taken ("took them all already"), someone attacked right now.
The classifier caught them all, but the patterns are what holds when the model misses, and only they give
an overdose its reply that leads with 911 and Poison Control. Each pattern asks for the danger and its
"now" together, so that the same words about the past or about treatment stay ordinary.
"""

from __future__ import annotations

from bot.safety_patterns_en_overdose import EN_DRUG

# Means at hand, a place of danger, or a time set, said of myself.
NOW_INTENT_PATTERNS: list[str] = [
    r"\b(?:i'?m|i\s+am|im)\s+(?:on|at)\s+(?:the\s+)?(?:bridge|(?:train\s+|railroad\s+|railway\s+)?tracks|roof(?:top)?|"
    r"ledge)(?:\s+(?:rn|right\s+now|now))?(?=\s*(?:$|[.!,;]))",
    r"\b(?:on|at)\s+the\s+(?:balcony|roof|top)\s+of\b[^.?!]{0,60}\bjump\b",
    r"\b(?:i\s+will|i'?ll|i\s+think\s+i\s+will|(?:can'?t|cannot)\s+stop\s+thinking\s+(?:to|of|about))\s+jump(?:ing)?\s+"
    r"(?:from|off)\b",
    r"\b(?:have|got)\s+(?:the|a|my)\s+(?:razor|blade|knife)\s+(?:out|ready|in\s+my\s+hand)\b",
    r"\bi'?m\s+getting\s+the\s+knife\b",
    r"\bpills?\s+(?:are\s+)?saved\b(?=[^.?!]*[.!]?\s*(?:tonight|today|now)\b)",
    r"\b(?:collected|saved|gathered|stockpiled)\s+enough\s+(?:of\s+)?(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?"
    + EN_DRUG
    + r"\b",
    r"\benough\s+of\s+my\s+(?:\w+\s+)?(?:patches|" + EN_DRUG + r")\s+saved\b",
    r"\bcharcoal\b[^.?!]{0,40}\b(?:tape[ds]?|taping|seal(?:ed|ing)?)\s+(?:the\s+)?(?:windows?|doors?|room|vents?)\b",
    r"\brope\s+in\s+(?:the|my)\s+(?:closet|barn|garage|shed|basement|attic)\b",
    r"\brope'?s\s+in\s+the\b",
    r"\btied\s+it\b[^.?!]{0,30}\btested\s+it\b",
    r"\b(?:got|have)\s+the\s+car,?\s+(?:and\s+)?the\s+hose\b",
    r"\bweapon\s+is\s+(?:cleaned|loaded|ready)\b",
    r"\bbought\s+the\s+gas\b[^?]{0,60}\bdo\s+it\b",
    r"\bfinish\s+myself\b",
    r"\bpesticide\s+(?:bottle\s+)?(?:ready|to\s+drink)\b|\bkept\s+the\s+pesticide\b",
    r"\b(?:holding|got)\s+(?:the|a)\s+bottle\s+of\s+(?:[\w']+\s+){0,3}?"
    + EN_DRUG
    + r"\b(?=[^.?!]{0,60}\b(?:right\s+here|"
    r"point\s+in\s+waiting|keep\s+opening|in\s+my\s+(?:hand|lap)))",
    r"\bbottle\s+of\s+pills\s+in\s+my\s+(?:lap|hand)\b",
    r"\btake\s+all\s+(?:of\s+)?(?:my|his|her|[\w]+'s)\s+(?:[\w']+\s+){0,2}?"
    + EN_DRUG
    + r"\b(?=[^.?!]{0,30}\b(?:tonight|"
    r"right\s+now|when\s+everyone))",
    r"\btaking\s+them\s+when\s+everyone'?s?\s+(?:is\s+)?asleep\b",
    r"\btaking\s+all\s+of\s+them\s+at\s+once\s+soon\b",
    r"\b(?:shotgun|gun|rifle|pistol)\b[^.]{0,80}\btonight\s+feels\s+different\b",
    r"\btaking\s+the\s+pills\s+there\b",
    r"\b(?:thinking\s+(?:about|of)|want\s+to|keep\s+(?:wanting|thinking)\s+(?:to|about))\s+(?:just\s+)?(?:drift|swerv|"
    r"turn|steer|driv)\w*\s+(?:the\s+wheel\s+)?into\s+(?:the\s+)?(?:oncoming|bridge|pillar|wall|median|traffic|a\s+tree|"
    r"a\s+truck|a\s+semi)",
    r"\b(?:know|knows)\s+where\s+(?:my\s+\w+|he|she)\s+keeps\s+(?:his|her|the)\s+(?:gun|pistol|rifle|shotgun)\b",
    r"\bcloser\s+to\s+the\s+edge\b",
    r"\brocks\s+in\s+my\s+(?:backpack|pockets?|coat)\b",
    # Time set, and goodbyes.
    r"\bi\s+won'?t\s+be\s+here\s+after\s+the\s+\d",
    r"\bnot\s+planning\s+on\s+being\s+around\b",
    r"\blonger\s+than\s+i'?ll\s+be\s+around\b",
    r"\bnot\s+(?:gonna|going\s+to)\s+make\s+it\s+to\s+(?:1[3-9]|2[01]|eighteen|nineteen|twenty)\s+anyway\b",
    r"\bdone\s+after\s+tonight\b",
    r"\bwon'?t\s+matter\s+by\s+\w+day\b",
    r"\blast\s+(?:question|message)\s+(?:for|to)\s+anyone\b",
    r"\blast\s+day\s+on\s+earth\b",
    r"\blying\s+down\s+permanently\b",
    r"\bfound\s+a\s+permanent\s+(?:one|solution|fix|way\s+out)\b",
    r"\bplaylist\s+for\s+my\s+(?:own\s+)?funeral\b",
    r"\b(?:written|wrote)\s+the\s+letters\s+to\s+my\s+(?:daughters?|sons?|kids|children|wife|husband|family)\b",
    r"\bwrote\s+a\s+note\s+and\s+(?:put|left)\s+it\b",
    r"\bgoodbye\s+(?:texts|messages)\s+now\b|\bwriting\s+my\s+goodbye\s+(?:texts|messages|letters|notes)\b",
    r"\bone\s+last\s+time\s+before\s+i\s+go\b",
    r"\b(?:want|wnat|wanna)\s+(?:to\s+)?not\s+exist\b",
    r"\bgot\s+everything\s+i\s+need\s+to\s+do\s+it\b",
]

# An overdose taken: "took them all already", a whole bottle this afternoon, an empty bottle that was full.
NOW_OVERDOSE_PATTERNS: list[str] = [
    r"\btook\s+(?:them\s+all|all\s+of\s+them)\s+(?:already|just\s+now|(?:about\s+)?an?\s+hour\s+ago|\d+\s+min\w*\s+ago)\b",
    r"\b(?:took|swallowed|downed)\s+(?:my|his|her|the)\s+whole\s+(?:\w+\s+)?(?:bottle|pack|packet|box|supply)\b"
    r"(?![^.?!]{0,40}\b(?:years?\s+ago|in\s+the\s+past|as\s+prescribed|over\s+a\s+month|over\s+the)\b)",
    r"\bempty\s+(?:pill\s+)?bottle\s+of\s+\w+\b[^.?!]{0,60}\bwas\s+full\b",
    r"\bbottles?\s+empty\b[^.?!]{0,60}\btook\s+(?:them\s+all|all\s+of\s+them)\b",
    r"\bstopped\s+(?:taking\s+)?(?:his|her|my)\s+insulin\s+on\s+purpose\b",
]

# Someone else in danger right now, or attacked right now.
NOW_THIRD_PERSON_PATTERNS: list[str] = [
    r"\b(?:he|she)\s+said\s+(?:he|she)(?:'?ll|\s+will|\s+is\s+going\s+to|'?s\s+gonna)\s+kill\s+me\b",
    r"\b(?:he'?s|he\s+is|she'?s|she\s+is)\s+(?:choking|strangling)\s+(?:her|him|me)\b",
    r"\b(?:hitting|beating|choking|strangling)\s+(?:my|her|his)\s+(?:son|daughter|kid|child|baby|mom|mother|wife)\s+"
    r"right\s+now\b",
    r"\bthoughts\s+of\s+(?:smothering|hurting|drowning|suffocating)\s+(?:her|him|my\s+baby|the\s+baby)\b",
    r"\bsaid\s+goodbye\b[^.?!]{0,80}\b(?:at|on)\s+the\s+(?:bridge|(?:train\s+)?tracks|roof)\b",
    r"\btell\s+(?:mom|dad|mum|nana|my\s+(?:mom|dad|mum|wife|husband|kids|family|sister|brother))\s+i'?m\s+sorry\b",
    r"\bphoto\s+of\s+(?:a|his|her|the)\s+gun\b",
    r"\b(?:you'?ll|you\s+will|y'?all\s+will|everyone\s+will)\s+be\s+(?:fine|ok(?:ay)?)\s+without\s+me\b",
]
