"""English patterns for questions about dose, lethality, poison or a stockpile whose own words show intent:
language data for :mod:`bot.safety`, joined to the self-harm, overdose and third-person lists by
:mod:`bot.safety_patterns_en`.

Written after probe-ggg (2026-12-07, the session from 01:58 UTC): medical-sounding questions ("how many
troches", "is an overdose painless", "do lozenges expire") with a clause that gives the purpose away ("so I
don't wake up", "I need to know before I make my decision tonight", "I have both here"). Held out, the
model gave the crisis response to 113 of 120, but the patterns caught only 39, so an overdose already taken
rarely got the reply that leads with 911 and Poison Control. The same questions without that clause ("what
is the maximum dose", "can you overdose at a clinic", "how do I lock the troches away from my kids") are
ordinary and must stay so: each pattern asks for the purpose, not for the drug or the dose.
"""

from __future__ import annotations

from bot.safety_patterns_en_overdose import EN_DRUG, EN_POISON

_LETHAL = r"(?:lethal|fatal|deadly|ld50|ld-50)"

# Intent said beside a question about dose, lethality or supply.
MEANS_INTENT_PATTERNS: list[str] = [
    # "...so I don't wake up?" at the end of its clause (not "so I don't wake up at 3am / tired / feeling sick").
    r"\bso\s+(?:that\s+)?i\s+(?:don'?t|won'?t|never|do\s+not|will\s+not)\s+wake\s+up\b(?=\s*(?:$|[?.!,;]))",
    r"\b(?:to|for)\s+sleep\s+forever\b",
    r"\bwould\s+i\s+go\s+(?:quick(?:ly)?|peacefully|quietly|painlessly|in\s+my\s+sleep)(?=\s*(?:$|[?.!,;]|if\b|and\b))",
    r"\b(?:let|help)\s+(?:somebody|someone|me|a\s+person)\s+go\s+quietly\b",
    r"\bhow\s+long\s+(?:would|will|does|did)\s+it\s+take\s+(?:for\s+(?:me|someone|a\s+person)\s+)?to\s+stop\s+breathing\b",
    r"\buntil\s+(?:i|they|he|she|you|someone)\s+stop\s+waking\s+up\b",
    r"\b(?:slow|stop)\s+my\s+heart\s+(?:down\s+)?(?:all\s+the\s+way|for\s+good|completely|forever)\b",
    r"\b(?:heart|breathing)\b[^.]{0,120}?\bhoping\s+(?:it\s+)?(?:stops?|for\s+stop)(?=\s*(?:$|[.!?,]))",
    r"\bstop\s+(?:your|my|the)\s+(?:breathing|heart)\b[^?]{0,40}\?\s*(?:that'?s|thats)\s+(?:kind\s+of\s+|sort\s+of\s+|"
    r"exactly\s+)?what\s+i'?m\s+hoping\b",
    r"\b(?:that'?s|thats)\s+what\s+i\s+want\W{1,3}(?:permanently|forever|for\s+good)\b",
    # The decision, the day or the body weight beside a lethal amount.
    r"\b"
    + _LETHAL
    + r"\b.{0,200}?\b(?:make\s+my\s+decision|(?:have|has|need|got)\s+to\s+decide(?!\s+(?:on|which|what|between))|"
    r"i'?ll\s+need\s+to\s+take|doing\s+it\s+(?:tonight|today|this\s+\w+)|it\s+(?:needs|has)\s+to\s+work)\b",
    r"\b(?:enough|fatal|lethal|do\s+it)\b[^?]{0,40}\?\s*it\s+(?:needs|has)\s+to\s+work\b",
    r"\benough\b[^.?!]{0,40}\?[^?]{0,80}?\b(?:end\s+up|wake\s+up)\s+in\s+(?:a|the)\s+(?:hospital|er|icu|emergency\s+room)\s+"
    r"again\b",
    r"\b(?:want|need)\s+it\s+to\s+be\s+final\b",
    r"\b(?:want|need)\s+(?:it|today|tonight|tomorrow|this|that|\w+day)\s+to\s+be\s+my\s+last\s+day\b"
    r"(?!\s+(?:at|of|on|in|with|before)\b)",
    r"\bhow\s+(?:much|many)\s+(?:\w+\s+){0,3}?to\s+take\s+to\s+make\s+(?:the|my|it)\s+(?:pain\s+)?stop\s+for\s+good\b",
    r"\b(?:swallow|take)\s+the\s+whole\s+(?:box|bottle|pack)\b[^?]{0,80}\b(?:in\s+my\s+hand|right\s+now)\b",
    r"\bafter\s+swallowing\s+everything\b",
    r"\btake\s+all\b[^?]{0,40}\?[^?]{0,20}\bdon'?t\s+want\s+to\s+continue\b|\bif\s+i\s+take\s+all\b[^?]{0,10}\bi\s+go\s+"
    r"without\s+pain\b",
    r"\btonight\s+feels\s+like\s+the\s+right\s+(?:time|night)\s*[.!]\s*how\s+long\s+would\s+it\s+take\s*\?",
    r"\bshuts?\s+(?:your|my|the)\s+body\s+down\b[^?]{0,10}\?[^?]{0,60}\btonight\b",
    r"\bslip\s+under\b[^?]{0,10}\?[^?]{0,40}\bif\s+it\s+would\s+work\b",
    r"\bif\s+i'?m\s+not\s+(?:around|here|alive)\s+to\s+finish\b[^?]{0,40}\?[^?]{0,80}\b(?:set\s+aside|saved|stashed)\b",
    r"\b(?:pills|troches|lozenges|meds)\b[^.?!]{0,80}\bso\s+(?:it|they)\s+finish(?:es)?\s+the\s+job\b",
    r"\b(?:adding|add|swallow\w*|down(?:ing)?)\b[^.?!]{0,40}\bso\s+i\s+(?:don'?t|won'?t|can'?t)\s+back\s+out\b",
    r"\b(?:get|be)\s+stopped\s+halfway\b(?!\s+through)",
    r"\b(?:peaceful|painless|quick|gentle)\s+when\s+i\s+do\s+it\b",
    r"\b(?:took|take)\s+(?:a\s+bunch|a\s+lot|all)\s+of\s+(?:both|them|it)\b[^.?!]{0,40}\bfinally\s+be\s+over\b",
    # Doses saved for a day, or to take all at once.
    r"\b(?:skip\w*|doses?|troches|lozenges|pills|meds)\b.{0,80}?\bsav(?:e|ing)\s+(?:some|them|a\s+few|extras?)\s+(?:up\s+)?"
    r"for\s+(?:later,?\s+)?(?:for\s+)?when\s+i'?m\s+ready\b",
    r"\b(?:plan(?:ning)?\s+to|going\s+to)\s+(?:take|use|swallow)\s+(?:them\s+all|all\s+of\s+them)\s+"
    r"(?:at\s+once|on\s+the\s+\w+|together\s+tonight|tonight)\b(?!\s+(?:in\s+the\s+morning|with|every|each|before|after)\b)",
    r"\bneed\s+them\s+to\s+work\s+when\s+i\s+take\s+them\s+all\b",
    r"\bpretend(?:ing|ed)?\s+to\s+take\s+my\s+(?:\w+\s+)?" + EN_DRUG + r"\b[^.?!]{0,80}\b(?:keep|kept|sav|stash|hid)",
    r"\b(?:enough|stock(?:ed|piled)?)\b[^.?!]{0,60}\bbefore\s+i\s+(?:tell|say)\s+(?:\w+\s+){0,2}goodbye\b",
    r"\benough\s+that\s+i\s+(?:never|won'?t)\s+(?:have|need)\s+to\s+come\s+back\b",
    r"\bwon'?t\s+be\s+coming\s+back\s+from\s+this\s+one\b",
    r"\benough\s+for\s+one\s+(?:big|huge|massive|final|last|large)\s+dose\b",
    r"\b(?:collect|save|stockpile|hoard|stash)\w*\s+(?:them|it|up|the\s+\w+)\b[^?]{0,80}?\bi\s+(?:have|'ve\s+got|got)\s+a\s+"
    r"number\s+in\s+mind\b",
    # Where, when and who finds me.
    r"\bsomewhere\s+(?:nobody|no\s+one|no-one)\s+knows\s+me\s+and\s+(?:take|swallow|end|do\s+it|die)\b",
    r"\b(?:doing\s+it|do\s+it|go|drive|walk|head)\s+somewhere\s+(?:nobody|no\s+one|no-one)\s+(?:will|can|could|would)\s+find\s+me\b(?!\s+out)",
    r"\b(?:after|before)\s+(?:they|someone|somebody|anyone|my\s+(?:family|wife|husband|kids|mom|dad|parents|roommate))\s+"
    r"(?:finds?|found)\s+me\b(?!\s+(?:a|an|the|some|my|another|someone|somebody|\w+ing)\b)",
    r"\bwould\s+(?:my\s+\w+|they|someone|anyone|anybody)\s+find\s+me\s+(?:before|in\s+time)\b",
    r"\bbetter\s+if\s+i\s+(?:didn'?t|don'?t|wouldn'?t)\s+make\s+it\s+(?:home|back|through\s+the\s+night)\b",
    r"\bmake\s+(?:an?\s+|my\s+|the\s+)?(?:it|death|my\s+death)\s+(?:\w+\s+){0,3}?look\s+(?:like\s+an?\s+)?accident(?:al)?\b",
    r"\bautopsy\b[^?]{0,40}\?[^?]{0,80}\bon\s+purpose\b",
    r"\b(?:don'?t|do\s+not)\s+want\s+(?:my\s+\w+|anyone|them|the\s+clinic)\s+to\s+be\s+blamed\b",
    r"\b(?:go|leave|die|end\s+(?:it|things))\s+on\s+my\s+own\s+terms\s+(?:this\s+\w+|tonight|tomorrow|soon)\b",
    r"\b(?:passed|died|lost\s+(?:my|her|him)|funeral|late\s+(?:wife|husband))\b.{0,150}?\b(?:would\s+like|want|wanna|'d\s+like|"
    r"ready)\s+to\s+join\s+(?:her|him|them)\b(?!'s)(?!\s+(?:for|at|in|on|to|when)\b)",
    r"\b(?:i'?ve|i\s+have)\s+already\s+written\s+(?:the|my)\s+(?:letters|goodbyes?|notes)\b(?!\s+(?:of|for|requesting|asking|"
    r"appealing|to\s+(?:the\s+|my\s+)?(?:insurance|insurer|doctor|clinic|employer|hr|court|judge|board|school))\b)",
    r"\b(?:overdose|od|lethal|enough|too\s+much)\b[^?]{0,80}\?[^?]{0,60}\bwith\s+(?:both|them)\s+right\s+now\b",
    r"\bbottle\s+open\b[^.?!]{0,60}\b(?:doing\s+it|can'?t\s+stop\s+thinking)",
    r"\b(?:vodka|whiske?y|gin|rum|tequila|bourbon)\b[^?]{0,40}[.,]\s*which\s+order\s+(?:works|would\s+work|is)\s+best\b",
    r"\b(?:enough|thought\s+it\s+(?:all\s+)?through|made\s+up\s+my\s+mind)\b.{0,200}?\b(?:don'?t|do\s+not)\s+(?:send|give)\s+me\s+"
    r"(?:a\s+|the\s+|any\s+)?(?:hotline|crisis\s+line|988)",
    r"\bcoma\s+(?:that|which)\s+(?:doesn'?t|does\s+not|never|won'?t)\s+end\b",
    r"\brather\s+not\s+feel\s+it\s+when\s+it\s+happens\b[^?]{0,80}?\b(?:dose|how\s+much|amount)\b"
    r"|\b(?:dose|how\s+much|amount)\b[^?]{0,120}?\brather\s+not\s+feel\s+it\s+when\s+it\s+happens\b",
    r"\b(?:bleach\b[^.?!]{0,40}\b(?:faster|quicker)\s+than|(?:faster|quicker)\s+than\b[^.?!]{0,40}\bbleach)\b[^.?!]{0,40}\bif\s+i\s+"
    r"want\b",
    # probe-hhh's three misses (a second writer on the same theme, 2026-12-07): odds of surviving a poison wished
    # low, a barbiturate bought abroad "in sufficient quantity", a vet's barbiturate "for a dog" there is none of.
    r"\b(?:survival|survive|surviving|odds|chances?)\b[^?]{0,80}\?\s*i\s+(?:need|want|hope)\s+(?:it|them|that)\s+to\s+be\s+"
    r"(?:low|zero|slim|none|tiny)\b",
    r"\b(?:acquired|bought|ordered|obtained|gathered|collected|got)\s+(?:a\s+)?(?:(?:sufficient|enough)\s+quantity|"
    r"(?:lethal|fatal)\s+(?:quantity|amount|supply|dose))\s+of\b",
    r"\b(?:secobarbital|pentobarbital|nembutal|seconal)\b[^.?!]{0,80}\b(?:acquired|bought|ordered|overseas|online|mexico|"
    r"stockpiled|saved)\b",
    r"\b(?:vets?|veterinarians?|dog|cat|horse|barbiturates?|pentobarbital|euthanasia)\b[^?]{0,80}\?[^?]{0,60}\bi\s+"
    r"(?:don'?t|do\s+not)\s+(?:have|own)\s+a\s+(?:dog|cat|horse|pet)\b(?!\s+(?:any\s?more|now|yet|right\s+now))",
]

# An overdose or poison taken now, by me or by someone else, and an overdose planned in so many words.
MEANS_OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:overdose|od)\b[^?]{0,60}\b(?:peaceful|painless)\b[^?]{0,10}\?[^?]{0,120}?\b(?:finally\s+ready|when\s+i\s+do\s+it)\b",
    r"\boverdose\b[^?]{0,60}\?\s*(?:because|cause|cuz|cos)\s+i'?m\s+(?:going\s+to|gonna)\s+(?:try|do\s+it)\b",
    r"\boverdose\b[^?]{0,80}\?[^?]{0,40}\bi\s+have\s+\d{2,3}\s+of\b",
    r"\bmake\s+(?:an?\s+|my\s+|the\s+)?(?:overdose|od)\s+(?:\w+\s+){0,3}?look\s+(?:like\s+an?\s+)?accident(?:al)?\b",
    r"\b(?:took|swallowed|taken)\s+half\s+(?:of\s+)?(?:the|my|a)\s+(?:\w+\s+)?bottle\b"
    r"(?![^.?!]{0,40}\b(?:years?\s+ago|over\s+(?:a|the)|in\s+the\s+past|by\s+accident)\b)",
    r"\bjust\s+(?:swallowed|took|downed)\s+a\s+(?:lot|bunch|handful|ton)\s+of\s+(?:my\s+|his\s+|her\s+|the\s+)?(?:\w+\s+){0,2}?"
    + EN_DRUG
    + r"\b",
    r"\b(?:took|swallowed)\b[^.?!]{0,60}\b(?:\d+\s+more|extra)\b[^.?!]{0,20}\ball\s+the\s+" + EN_DRUG + r"\b",
    r"\b(?:one\s+(?:at\s+a\s+time|by\s+one)|an?\s+hour\s+ago)\b[^?]{0,40}\b\d{1,3}\s+so\s+far\b",
    r"\balready\s+taken\s+what\s+i\s+need(?:ed)?\s+to(?:\s+take)?\s*(?:$|[.!])",
    r"\b(?:drank|drink|drunk|swallowed|mixed\s+(?:my|the)\s+(?:\w+\s+)?"
    + EN_DRUG
    + r"\b[^.?!]{0,40}|put\s+(?:\w+\s+){0,3}"
    r"in\s+my\s+drink\b[^.?!]{0,40})\s*\b" + EN_POISON + r"\b",
    r"\b"
    + EN_POISON
    + r"\b[^.?!]{0,60}?\b(?:(?:faster|quicker)\s+than|over\s+with|how\s+long\s+(?:before|until)\s+it\s+works)\b",
    r"\b(?:die|dying)\s+from\b[^?]{0,40}\b" + EN_POISON + r"\b[^?]{0,10}\?\s*i\s+have\s+(?:both|it|some)\b",
    # Someone else who has just taken them.
    r"\b(?:he|she|they|my\s+\w+)\s+(?:just\s+)?took\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?"
    + EN_DRUG
    + r"\s+with\s+a\s+"
    r"(?:lot|bunch|handful|ton)\s+of\s+(?:\w+\s+)?(?:" + EN_DRUG + r"|vodka|whiske?y|alcohol|booze)\b",
    r"\btook\s+\W?everything\s+in\s+the\s+(?:drawer|cabinet|medicine\s+cabinet|cupboard)\b",
]

# Someone else taking, or about to take, everything now.
MEANS_THIRD_PERSON_PATTERNS: list[str] = [
    r"\b(?:he|she|they)(?:'?s|\s+is|\s+are|'?re)\s+(?:gonna\s+|going\s+to\s+)?tak(?:ing|e)\s+(?:all\s+of\s+them|them\s+all)\b"
    r"(?!\s+(?:as\s+prescribed|every|daily|with\s+food|in\s+the\s+morning)\b)",
    r"\b(?:texted|sent|posted|snapped|with)\s+(?:me\s+|us\s+)?a\s+(?:pic|picture|photo)\s+of\s+a\s+(?:pile|bunch|handful|mountain)\s+of\s+"
    r"(?:\w+\s+)?(?:pills|tablets|meds)\b(?![^.?!]{0,40}\b(?:takes?|is\s+on|was\s+prescribed|prescribed|to\s+(?:check|ask|"
    r"identify|show))\b)",
    r"\bdrinking\b[^.?!]{0,40}\bcounting\s+(?:out\s+)?(?:his|her|their)\s+(?:\w+\s+)?" + EN_DRUG + r"\b",
    r"\b(?:says?|said)\s+goodbye\s+to\s+(?:me|us)\b[^?]{0,60}\b(?:sleepy|drowsy|won'?t\s+wake)\b",
    r"\b(?:he'?s|she'?s|he\s+is|she\s+is)\s+(?:going\s+to|gonna)\s+take\s+my\s+(?:\w+\s+)?" + EN_DRUG + r"\s+and\s+"
    r"(?:his|her|their)\s+(?:\w+\s+)?" + EN_DRUG + r"\b",
]
