"""English patterns for danger said in a few words in the middle of a conversation: language data for
:mod:`bot.safety`, joined to the self-harm, overdose and third-person lists by :mod:`bot.safety_patterns_en`.

Written after probe-ccc (2026-12-06, the session from 20:14 UTC: crisis turns after calm questions), where
66 of 120 turns were caught by the classifier alone: a place ("im on the bridge rn"), means at hand and a
time ("pills saved. tonight."), an overdose taken ("took them all already"), someone attacked right now.
The classifier caught them all, but the patterns are what holds when the model misses, and only they give
an overdose its reply that leads with 911 and Poison Control. Each pattern asks for the danger and its
"now" together, so that the same words about the past or about treatment stay ordinary.

Widened after probe-ddd (2026-12-06, the session from 22:54 UTC: danger said in the words of a trade or
hobby), whose 89 messages only the classifier caught were read: the metaphors ("last haul, not coming back
to the yard") stay the classifier's, but most of those messages also name the means, the place, the time
or the goodbye plainly ("rope's already up", "pushed the insulin already"), and those are what the
patterns added then ask for.
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
    r"\brope'?s\s+(?:in\s+the|(?:already\s+)?(?:up|hung|tied|ready))\b",
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
    # After probe-ddd (see above): means, places, times and goodbyes said plainly among a trade's metaphors.
    r"\b(?:car|truck|van|engine)'?s?\s+(?:is\s+)?running\s+in\s+the\s+(?:closed|shut)\s+garage\b",
    r"\b(?:die|death|end\s+(?:it|my\s+life)|going\s+home|to\s+the\s+lord|tonight|today)\b[^.?!]{0,30}\bby\s+my\s+own\s+"
    r"hand\b",
    r"\bfinish\s+my\s+life\b",
    r"\bforgiveness\s+in\s+advance\b",
    r"\b(?:i'?m|i\s+am|im)\s+not\s+any\s?more\s+here\b",
    r"\bno\s+more\s+me\b(?!\s+time)",
    r"\b(?:they|she|he)\s+(?:don'?t|dont|doesn'?t|doesnt)\s+know\s+(?:it'?s|it\s+is|it\s+was)\s+the\s+last\b"
    r"(?!\s+(?:season|episode|game|one\b|day\s+of|week\s+of))",
    r"\b(?:the\s+)?note(?<!doctor's\snote)(?<!doctors\snote)(?<!referral\snote)(?:'s|\s+is)\s+on\s+the\s+(?:dash|table|"
    r"counter|bed|desk|kitchen\s+table|seat)\b",
    r"\bthe\s+note\s+is\s+written\b",
    r"\b(?:pills|meds|tablets)\s+(?:are\s+)?(?:counted|lined\s+up)(?=\s*(?:$|[.!,;]))",
    # "pills ready." said as a clause of its own, not "the pharmacy says my meds are ready".
    r"(?:^|[.!,;]\s*)(?:the\s+)?(?:pills|meds|tablets)\s+(?:are\s+)?ready(?=\s*(?:$|[.!,;]))",
    r"\bcounted\s+out\s+enough\b",
    r"\bhoping\s+(?:they|it)\s+(?:don'?t|dont|doesn'?t|doesnt)\s+mix\s+well\b",
    r"\bhow\s+many\s+units\s+(?:it\s+)?would\s+do\s+it\b",
    r"\b(?:stacking|stockpiling|saving|hoarding|stashing)\s+(?:up\s+)?my\s+(?:meds|pills|medications?|medicines?)\b"
    r"[^?]{0,80}?\b(?:backup\s+plan|plan\s+b|way\s+out|exit\s+plan)\b",
    r"\bthink(?:ing)?\s+about\s+(?:stepping|jumping|falling|walking)\s+off\b[^.?!]{0,60}[.!,]?\s*(?:and\s+)?(?:today\s+)?"
    r"i\s+almost\s+did\b",
    r"\baccess\s+to\s+(?:pentobarbital|euthanasia\s+\w+)\b[^?]{0,60}\bthinking\s+about\s+taking\b",
    r"\bthink\s+about\s+using\s+(?:them|it)\s+on\s+my\s?self\b",
    r"\bif\b[^.?!]{0,60}\b(?:the\s+)?(?:shotgun|gun|rifle|pistol|revolver)'?s\s+(?:still\s+)?in\s+the\s+"
    r"(?:truck|car|glove\s?box|closet|drawer)\b",
    r"\b(?:shotgun|gun|rifle|pistol|revolver)'?s?\s+(?:been\s+)?on\s+(?:the|my)\s+nightstand\b[^.?!]{0,50}\b"
    r"(?:i'?m\s+close|every\s+night)\b",
    r"\b(?:go(?:ing|in'?)?|head(?:ing|in'?)?|walk(?:ing|in'?)?)\s+out\s+to\s+the\s+(?:\w+\s+)?(?:barn|woods|shed|"
    r"pasture|field|creek)\s+with\s+(?:the|my)\s+(?:rifle|gun|shotgun|pistol|revolver)\b"
    r"(?![^.?!]{0,40}\b(?:hunt|pheasant|deer|duck|coyote|varmint|target|squirrel)\w*)",
    r"\bone\s+(?:round|bullet|shell)\b[^?]{0,40}\bnot\s+for\s+(?:a|the)\s+(?:deer|buck|elk)\b",
    r"\b(?:(?:paddl|swim|row|sail|wad|driv|walk)\w*|take\s+(?:her|it|the\s+boat))\s+out\b[^.?!]{0,40}\band\s+"
    r"(?:not|don'?t|never|won'?t)\s+"
    r"(?:coming|come)\s+back\b(?!\s+(?:in\s+)?(?:until|till|til|before|for|after)\b)",
    r"\bwalk\s+out\s+(?:til|till|until)\s+it\s+gives\b",
    r"\b(?:i'?m|i\s+am|im|i'?ll|i\s+will|gonna|going\s+to)\s+(?:\w+\s+)?(?:running|stepping|walking|driving|run|step|"
    r"walk|drive)\s+off\s+(?:the|a)\s+(?:\w+\s+){0,2}?(?:ridge|cliff|ledge|overpass|bridge|roof|balcony)\b"
    r"(?!\s+(?:exit|ramp|road|street|route|onto|to\s+the))",
    r"\boff\s+the\s+(?:\w+\s+){0,2}?roof\s+tonight\b",
    r"\bgoing\s+off\s+(?:the|a)\s+(?:\w+\s+){0,2}?(?:balcony|roof|bridge|ledge|overpass|cliff|ridge)\b"
    r"(?!\s+(?:exit|ramp|road|street|route|onto|to\s+the))",
    r"\bdoing\s+the\s+math\s+on\s+how\s+many\s+(?:units|pills|tablets)\b",
    r"\bgoodbye\s+(?:note|letter|readme|post|video|message)s?\s+(?:is|are)\s+(?:written|ready|done|recorded|scheduled)\b",
    r"\brm\s+-rf\s+(?:on\s+)?my\s?self\b",
    r"\bgo\s+to\s+the\s+roof\b[^?]{0,20}\bgood\s?bye\b",
    r"\b(?:i'?ll|i\s+will)\s+be\s+on\s+the\s+(?:train\s+|railroad\s+)?tracks\b",
    r"\bout\s+of\s+options\b[^?]{0,60}\b(?:picked|set|chosen|chose)\s+the\s+date\b",
    r"\bgoing\s+home\s+to\s+(?:the\s+lord|god|jesus)\s+(?:tonight|today|tomorrow)\b",
    # After probe-eee (the same theme, another writer; measured held out first): an ending scheduled in a
    # fan's words, and euthanasia drugs turned on oneself.
    r"\b(?:my\s+)?(?:final|last)\s+(?:episode|chapter|act|curtain|bow)\b[^.?!]{0,30}\bi(?:\s+have|'ve)?\s+"
    r"(?:scheduled|planned|set)\b",
    r"\beuthanasia\b.{0,120}?\bgiv(?:e|ing)\s+my\s?self\s+(?:the\s+(?:full|whole|same)|that|it)\b"
    r"(?!\s+(?:break|rest|time|credit|grace|permission|space|treat))",
]

# An overdose taken: "took them all already", a whole bottle this afternoon, an empty bottle that was full.
NOW_OVERDOSE_PATTERNS: list[str] = [
    r"\btook\s+(?:them\s+all|all\s+of\s+them)\s+(?:already|just\s+now|(?:about\s+)?an?\s+hour\s+ago|\d+\s+min\w*\s+ago)\b",
    r"\b(?:took|swallowed|downed)\s+(?:my|his|her|the)\s+whole\s+(?:\w+\s+)?(?:bottle|pack|packet|box|supply)\b"
    r"(?![^.?!]{0,40}\b(?:years?\s+ago|in\s+the\s+past|as\s+prescribed|over\s+a\s+month|over\s+the)\b)",
    r"\bempty\s+(?:pill\s+)?bottle\s+of\s+\w+\b[^.?!]{0,60}\bwas\s+full\b",
    r"\bbottles?\s+empty\b[^.?!]{0,60}\btook\s+(?:them\s+all|all\s+of\s+them)\b",
    r"\bstopped\s+(?:taking\s+)?(?:his|her|my)\s+insulin\s+on\s+purpose\b",
    r"\b(?:swallowed|taken|took|pushed|injected)\s+(?:all\s+)?(?:the|my)\s+(?:pills|insulin|tablets|meds)\s+already\b"
    r"(?=[^?]{0,80}\b(?:my\s+choice|before\s+i\s+(?:sleep|go)|good\s?bye|both\s+pens|getting\s+(?:shaky|drowsy|sleepy)))",
    r"\b(?:pills|meds|tablets)\s+(?:taken|swallowed)\b[.!,\s]+(?:good\s?bye|bye)\b",
    r"\b(?:used|injected|took)\s+(?:some\s+of\s+)?(?:the\s+)?(?:euthanasia\s+\w+|pentobarbital)\s+on\s+my\s?self\b",
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
    r"\bphoto\s+of\s+(?:(?:a|his|her|the)\s+gun|my\s+gun\s+safe\s+open)\b",
    r"\b(?:you'?ll|you\s+will|y'?all\s+will|everyone\s+will)\s+be\s+(?:fine|ok(?:ay)?)\s+without\s+me\b",
    r"\b(?:gonna|going\s+to)\s+put\s+(?:himself|herself)\s+down\b(?=\s+like\b|\s*(?:$|[.!,;]))",
    r"\bbe\s+with\s+god\s+by\s+(?:morning|tonight|tomorrow)\b",
    r"\blocation\b[^.?!]{0,40}\b(?:overpass|bridge|tracks|cliff)\b[^.?!]{0,40}\bnot\s+(?:picking\s+up|answering)\b",
    r"\bwith\s+(?:vodka|alcohol|whiskey|booze)\s+and\s+all\s+(?:her|his)\s+(?:meds|pills)\b",
]
