"""English patterns for a medical emergency happening now: language data for :mod:`bot.safety`.

Not suicide or self-harm: chest pain spreading to the arm, a seizure, a stroke's signs, a throat
swelling shut, someone not breathing or not waking, heavy bleeding, a child who swallowed pills,
right now, to the visitor or someone with them. The reply is "call 911 now" (``utter_crisis``'s
emergency variation).

Questions about these risks ("can ketamine cause chest pain?", "what if I have a seizure during
an infusion?"), the past ("I had a seizure as a kid", "last session my pressure went up") and
jokes ("can't breathe from laughing") must stay questions: no pattern fires on a message that
says any of ``_EN_NOT_NOW``. Grave signs (no pulse, a face drooping, lips turning blue) need
nothing more; signs that are often mild or lasting (chest pain, confusion, slow breathing) need
"right now", "help", "ER or wait" and the like somewhere in the message.
"""

from __future__ import annotations

# A question about the risk, a history, the past or a joke: such a message is not an emergency now.
_EN_NOT_NOW = (
    r"^(?!.*\b(?:what\s+if|what\s+happens\s+(?:if|when)|in\s+case|(?:can|could|does|do|will|would|might)\s+(?:ketamine|it|"
    r"spravato|esketamine|the\s+(?:infusion|spray|treatment|shot|lozenges?)|an?\s+(?:infusion|treatment))\s+(?:cause|make|"
    r"give|trigger|lead|raise|bring)|risk\s+of|chance\s+of|how\s+(?:common|likely|often)|ever\s+(?:had|have|happen\w*|get)|"
    r"history\s+of|used\s+to|as\s+a\s+(?:kid|child|teen|baby)|when\s+i\s+was|years?\s+ago|months?\s+ago|weeks?\s+ago|"
    r"last\s+(?:year|month|week|weekend|time|session|infusion|treatment)|will\s+i\s+(?:be|feel|get|go)|"
    r"am\s+i\s+going\s+to|in\s+the\s+past|back\s+in|for\s+(?:years|months)|is\s+it\s+(?:normal|safe|common|ok|okay)\s+to|"
    r"panic\s+attacks|make\s+me\s+feel|first\s+aid|training|what\s+signs|tell\s+(?:a|the)\s+\w+\s+"
    r"(?:reaction\s+)?apart|when\s+i\s+(?:get|have|am)|"
    r"in\s+(?:19|20)\d\d|once(?!\s+every)|lol|lmao|haha\w*|hilarious|jk|kidding|joking|laugh\w*|the\s+(?:bill|price|cost)|"
    r"prices?|insurance)\b)"
)
# Words that put a sign in the present ("help" only as a plea, not "does ketamine help GAD").
_EN_NOW = (
    r"(?=.*\b(?:rn|right\s+now|now|just|suddenly|since|still|for\s+(?:the\s+)?(?:last|past)|in\s+the\s+last|getting\s+worse|"
    r"worse\s+fast|won'?t\s+(?:stop|go\s+away|come\s+down)|keeps?|what\s+(?:do|should|can|must)\s+(?:i|we)\s+do|er|"
    r"emergency|ambulance|911|scared|wait\s+it\s+out|or\s+wait|should\s+(?:i|we)\s+(?:wait|call|go)|\d+\s+min\w*|"
    r"an?\s+hour\s+ago|half\s+(?:an\s+)?hour|today|tonight|this\s+(?:morning|afternoon|evening)|\d+\s*(?:hrs?|hours)\s+later|"
    r"all\s+of\s+a\s+sudden|first\s+time|please\s+help|help\s+(?:me|us|him|her|please|pls|plz)(?!\s+(?:understand|decide|"
    r"find|figure|choose|pick|know|with|get)))\b|^\W*help\b|.*\bhelp\s*(?:[!.,]|$))"
)
_EN_PERSON = r"(?:my|his|her|their)"

# Signs that are an emergency whenever they are happening.
_EN_GRAVE_SIGNS: list[str] = [
    # Breathing, pulse.
    r"(?:not|isn'?t|is\s+not|stopped|barely|hardly)\s+breathing",
    r"can'?t\s+(?:catch\s+" + _EN_PERSON + r"\s+breath|get\s+(?:any\s+)?air(?:\s+in)?)",
    r"(?:can'?t|cannot|can\s+not)\s+breathe?\b(?!\s+(?:through|out\s+of|thru)\s+(?:my|his|her|one)\s+(?:nose|nostril))",
    r"gasping|gurgling|(?:is\s+|'?s\s+)?choking\s+on\b",
    r"(?:no|can'?t\s+find\s+a|can'?t\s+feel\s+a)\s+pulse",
    # Not waking, not responding (not "the clinic isn't responding to my e-mails").
    r"unconscious|unresponsive|hard\s+to\s+wake|barely\s+conscious|half\s+(?:unconscious|conscious|awake)",
    r"(?:not|isn'?t|is\s+not|won'?t|doesn'?t)\s+(?:waking\s+up|wake\s+up|waking|responding|answering)\b"
    r"(?!\s+(?:to\s+(?:\w+\s+)?(?:treatment|meds|medications?|antidepressants?|ketamine|therapy|spravato|e-?mails?|calls?|"
    r"texts?|messages?|voicemails?|the\s+phone)|my|the|your|our|at|e-?mails?|calls?|in|during|early|too|on\s+time|before|"
    r"until|till|so|yet|well|as|like|for)\b)",
    r"can'?t\s+(?:keep|wake|get)\s+(?:him|her|them)\s+(?:awake|up)",
    r"doesn'?t\s+(?:recognize|recognise)\s+(?:us|me)",
    # Seizures.
    r"seizing|convulsing|jerking\s+all\s+over|went\s+stiff|eyes\s+rolled\s+back|foaming\s+at\s+the\s+mouth|"
    r"shaking\s+uncontrollably|having\s+(?:a|another)\s+seizure|another\s+one\s+started",
    # A stroke's signs.
    r"(?:face|mouth|smile)\s+(?:is\s+|'?s\s+|looks\s+|got\s+|feels\s+)?(?:drooping|droopy|lopsided|sagging|numb\s+on)",
    r"(?:speech|words?|talking|voice)\s+(?:\w+\s+){0,2}?(?:slurred|slurring|garbled|sounds?\s+wrong)|arm\s+drift\w*",
    r"(?:hand|arm|leg|side)\s+went\s+(?:dead|numb|limp)|sudden\s+weakness|suddenly\s+can'?t\s+(?:speak|talk|see|walk|stand)",
    r"can'?t\s+(?:lift|raise|move)\s+" + _EN_PERSON + r"\s+(?:left\s+|right\s+)?(?:arm|leg|legs)",
    # Swelling shut, turning blue.
    r"(?:lips?|tongue|throat|face|eyes)\s+(?:and\s+\w+\s+)?(?:are\s+|is\s+|'?s\s+)?(?:swelling|closing|feels?\s+(?:huge|swollen))",
    r"(?:lips?|face|skin)\s+(?:are\s+|is\s+|look\s+|looks?\s+|going\s+|turning\s+|turned\s+)(?:\w+\s+)?(?:blue|bluish|grey|gray|purple)",
    r"turning\s+(?:blue|purple)",
    # The heart.
    r"crushing\s+(?:chest|pain)|elephant\s+(?:sitting|on)",
    r"(?:going|radiating|spreading|shooting)\s+(?:down|up|to|into)\s+" + _EN_PERSON + r"\s+(?:left\s+)?(?:arm|jaw)",
    r"(?:my|his|her)\s+chest\s+(?:really\s+|so\s+)hurts|(?:my|his|her)\s+chest\s+hurts\s+(?:so\s+bad|really\s+bad|a\s+lot)",
    r"heart\s+(?:rate\s+)?(?:is\s+)?(?:\w+\s+){0,2}?(?:racing|pounding|beating\s+so\s+fast|skipping|irregular)\b.{0,60}?"
    r"(?:faint|pass\s+out|black\s+out|seeing\s+spots|chest|lightheaded|dizzy)",
    r"(?:bp|blood\s+pressure|pressure)\b[^.?!]{0,30}?\b(?:1[6-9]\d|2\d\d)\s*(?:/|over|on)\s*(?:1[1-9]\d)",
    r"worst\s+(?:headache|pain)\s+(?:of\s+my\s+life|ever)|thunderclap",
    # Bleeding, a head injury.
    r"spurting|soak(?:ing|ed)\s+through|bleeding\s+(?:heavily|badly|a\s+lot|from\s+(?:the|his|her|my)\s+ears?)",
    r"lots?\s+of\s+blood\b(?!\s+(?:tests?|work|draws?|pressure))|(?:vomiting|throwing\s+up|coughing\s+up)\s+blood",
    r"(?:blood|bleed\w*|nosebleed\w*)\b.{0,40}?\b(?:won'?t|wont|not)\s+stop",
    r"hit\s+(?:his|her|my|their)\s+head\b[^?]{0,80}?\b(?:throwing\s+up|vomit\w*|confused|drowsy|blood|bleeding|out\s+of\s+it|"
    r"can'?t\s+move)",
    r"(?:asking|saying)\s+the\s+same\s+(?:questions?|things?)\s+over",
    r"(?:just|suddenly)\s+(?:collapsed|passed\s+out|fainted|fell\s+over)|keeps?\s+(?:fainting|passing\s+out)",
    # A child who swallowed medicine or a battery.
    r"(?:toddler|baby|kid|child|son|daughter|\d+\s*(?:year|yr)\s*old|teen\w*)\b[^.?!]{0,40}?\b(?:swallowed|got\s+into|"
    r"ate\s+(?:some|a\s+few|one)|drank\s+some)\b[^.?!]{0,60}?\b(?:pills?|tablets?|medicine|meds|lozenges?|troches?|battery|"
    r"bottle|prescription|liquid)",
    r"how\s+(?:many|much)\s+(?:she|he|they)\s+(?:ate|took|swallowed|drank)",
    r"(?:eat|ate|took|swallow\w*)\s+(?:many|lots\s+of|a\s+lot\s+of)\s+(?:\w+\s+)?(?:pills|tablets)",
    # After the second probe: chest pain in other words, a stroke in other words, not waking, numbers.
    r"(?:holding|clutching|grabbing)\s+(?:his|her|my)\s+chest|(?:squeezing|pressure)\s+in\s+(?:my|his|her|the)\s+chest|"
    r"substernal|chest\b.{0,80}?\b(?:sweat\w*|diaphoretic|clammy)|(?:sweat\w*|diaphoretic|clammy)\b.{0,80}?\bchest\b",
    r"(?:radiating|spreading|going|shooting|goes|go)\s+(?:down\s+|up\s+|to\s+|into\s+)(?:my\s+|his\s+|her\s+|the\s+)?"
    r"(?:l\s+|r\s+|left\s+|right\s+)?(?:arm|jaw|neck)",
    r"throat\s+(?:feels\s+)?thick|face\s+(?:is\s+)?puffing|(?:won'?t|not|doesn'?t)\s+answer(?:ing)?\s+me",
    r"(?:mouth|face)\s+(?:is\s+|looks\s+)?(?:hanging|crooked)|can'?t\s+talk\s+right|stopped\s+mid[\s-]sentence|"
    r"(?:cannot|can'?t)\s+see\s+(?:out\s+of|from|in)\s+one\s+eye|mixing\s+up\s+(?:his|her|my)\s+words|"
    r"(?:talking|speaking)\s+(?:strange|funny|weird)|can'?t\s+hold\s+(?:his|her|my)\s+(?:phone|cup|fork)",
    r"(?:won'?t|can'?t|cannot|can\s+not)\s+wake\b(?!\s+up\s+(?:at|in|during|early|too|on\s+time))|"
    r"(?:hard|difficult)\s+to\s+rouse",
    r"(?:baby|newborn|infant|toddler)\b[^.?!]{0,40}\b(?:floppy|limp)",
    r"vomit\w*\s+(?:\w+\s+){0,6}?blood|pinpoint\s+pupils|snoring\s+respirations|bone\s+(?:is\s+)?(?:showing|sticking\s+out)",
    r"(?:hit|kicked|struck|banged)\s+(?:in\s+)?(?:the|his|her|my|their)\s+(?:back\s+of\s+(?:his|her|my|the)\s+)?head\b.{0,120}?"
    r"\b(?:threw\s+up|puk\w*|mixing|confused)",
    r"doesn'?t\s+know\s+who\s+(?:i|we)\s+(?:am|are)|can'?t\s+tell\s+me\s+what\s+(?:year|day)\s+it\s+is",
    r"(?:bg|blood\s+sugar|sugar|glucose)\s+(?:is\s+|of\s+|at\s+)?(?:[1-4]\d|[5-9]\d\d)\b",
    r"(?:spo2|o2|oxygen|sats?|saturation)\s+(?:is\s+|of\s+|at\s+)?(?:[5-8]\d)\s*%",
    r"(?:drank|swallowed|ate)\s+(?:some\s+)?(?:of\s+)?(?:the\s+|my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:dewormer|antifreeze|bleach|"
    r"pesticide|weed\s*killer|lamp\s+oil|gasoline|kerosene|drano|lye|rat\s+poison)\b",
    # After the third probe: a heart attack's quieter signs, a throat closing, a stroke in plain words, a
    # child and a battery, slow breaths counted, chemicals and fumes, a bone through the skin.
    r"(?:jaw|shoulder\s+blades?|upper\s+back|left\s+shoulder)\b.{0,120}?\b(?:sweat\w*|clammy|thrown\s+up|threw\s+up|sick\s+to)|"
    r"(?:sweat\w*|clammy)\b.{0,80}?\b(?:jaw|shoulder\s+blades?)\b",
    r"throat\s+(?:feels\s+like\s+(?:it'?s|its|it\s+is)\s+)?closing|tongue\s+(?:looks|feels|is)\s+(?:huge|swollen|thick)|stridor|"
    r"hands?\s+on\s+(?:his|her|their)\s+throat|can'?t\s+(?:cough|finish\s+a\s+sentence)",
    r"words\s+(?:are\s+)?(?:coming\s+out\s+)?(?:jumbled|all\s+wrong|wrong)|(?:arm|hand|leg)\s+(?:won'?t|wont|doesn'?t)\s+work|"
    r"(?:facial|face)\s+droop|(?:sided|one\s+side)\s+weakness|one\s+side\s+(?:of\s+(?:her|his|my|the)\s+)?face\s+"
    r"(?:fall|fell|falls|droop\w*)|smile\s+has\s+gone\s+crooked",
    r"won'?t\s+come\s+to\b|can'?t\s+rouse|cannot\s+(?:find|feel)\s+a\s+pulse|pressing\s+on\s+(?:his|her)\s+chest|"
    r"(?:blood|it)\s+squirts|sangre\s+no\s+para|coffee\s+grounds|pupils?\s+(?:looks?\s+|is\s+)?(?:bigger|different)",
    r"(?:heart|pulse)\s+(?:is\s+)?(?:beating\s+)?(?:like\s+|at\s+)?(?:1[6-9]\d|2\d\d)\b|pulse\s+is\s+only\s+[1-4]\d\b|"
    r"(?:\d|a\s+few|few)\s+breaths?\s+(?:a|in\s+a|per)\s+minute|(?:breathing|breaths?)\s+(?:is\s+)?(?:real\s+|really\s+|very\s+)?"
    r"slow\b.{0,40}?\b(?:passed\s+out|won'?t\s+wake|snoring)|(?:passed\s+out|snoring)\b.{0,60}?\b(?:breathing|breaths?)\s+"
    r"(?:is\s+)?(?:real\s+|really\s+|very\s+)?slow",
    r"swallowed\s+(?:\w+\s+){0,6}?(?:battery|batteries|magnets?|magnet\s+balls)|(?:drank|swallowed|ate|got\s+into|tom[oó]|bebi[oó])\b"
    r".{0,60}?\b(?:antifreeze|cloro|lej[ií]a)\b|(?:organophosphate|rotten\s+eggs)\b|carbon\s+mon\s?oxide\s+alarm|generator\b.{0,60}?\b(?:garage|inside|basement)|mixed\s+bleach",
    r"(?:bone|shin\s+bone)\s+(?:is\s+)?(?:poking|sticking|showing)|bent\s+the\s+wrong\s+way",
    r"spots\s+that\s+don'?t\s+fade|non-?blanching|fell\b.{0,80}?(?:can'?t|cannot)\s+get\s+up",
]
# Signs that are often mild or lasting: an emergency when they are happening now.
_EN_SIGNS_NOW: list[str] = [
    r"chest\s+(?:pain|hurts|is\s+hurting|(?:is\s+|feels\s+)?(?:\w+\s+)?(?:tight|squeezing|heavy|pressure))",
    r"chest\s+has\s+been\s+hurting|pain\s+in\s+(?:the|my|his|her)\s+chest|throat\s+(?:is\s+|feels\s+)?(?:tight|closing)",
    r"(?:trouble|struggling|hard\s+time)\s+(?:to\s+)?breath\w*|wheezing",
    r"breathing\s+(?:is\s+|feels\s+)?(?:\w+\s+){0,2}?(?:slow|shallow|weird|funny|strange)",
    r"(?:very|extremely|really|so|suddenly)\s+confused|doesn'?t\s+know\s+(?:where|who)|talking\s+nonsense|"
    r"not\s+making\s+sense",
    r"(?:almost|nearly|about\s+to|going\s+to|gonna)\s+(?:pass|black)\s+out|heart\s+rate\s+won'?t\s+come\s+down",
    r"pregnant\b[^.?!]{0,40}\bbleeding",
    r"(?:hr|heart\s+rate|pulse)\s+(?:is\s+|of\s+|in\s+the\s+|at\s+)?(?:1[5-9]\d|2\d\d)|(?:temp|temperature|fever)\s+(?:of\s+|is\s+)?"
    r"(?:10[3-9]|4[01])\b|(?:stabbing|severe|bad|sharp)\s+(?:stomach|belly|abdominal)\s+pain",
    r"(?:can'?t|cannot)\s+(?:speak|move\s+my\s+legs)|convulsions?|(?:collapsed|passed\s+out|fainted|fell\s+over|blacked\s+out)\b",
]

#: Someone who won't wake up, isn't breathing or whose lips are turning blue: an emergency whatever
#: caused it, so the reply leads with 911 (it names Poison Control next). These were overdose patterns
#: until 2026-12-05, when the overdose reply still led with 988: "my baby is choking ... turning blue" and
#: "the person next to me on the bus just collapsed and isn't breathing" got the suicide line first. A
#: message that also says how it was taken ("took all his pills and won't wake up") stays an overdose,
#: whose reply now leads with 911 too, then Poison Control and the 988 list.
_EN_UNRESPONSIVE = [
    r"\b(?:he|she|they|him|her|them|friend|someone|somebody|son|daughter|husband|wife|partner|boyfriend|girlfriend|"
    r"roommate|brother|sister|mom|mother|dad|father|kid|child|teen|baby)\s+(?:still\s+)?(?:won'?t|wont|will\s+not|isn'?t|is\s+not|"
    r"doesn'?t|does\s+not|'?s\s+not|is\s+barely|'?s\s+barely)\s+(?:wak(?:e|ing)\s*up|waking|respond(?:ing)?|"
    r"breath(?:e|ing))\b(?!\s+(?:for|in\s+time|on\s+time|early|before|at\s+\d|till|until)\b)",
    r"\band\s+(?:now\s+)?(?:won'?t|wont|will\s+not|isn'?t|is\s+not|doesn'?t)\s+(?:wake\s+up|waking\s+up|respond(?:ing)?|"
    r"breath(?:e|ing))\b",
    r"\b(?:can'?t|cannot|couldn'?t|can\s+not)\s+wake\s+(?:him|her|them|my\s+\w+(?:\s+\w+)?)\s+up\b",
    r"\b(?:he|she|they|friend|someone|somebody|son|daughter|husband|wife|partner|boyfriend|girlfriend|roommate|"
    r"brother|sister|mom|mother|dad|father|kid|child)\s+(?:is|'?s|was|went|seems|are|'?re)\s+(?:\w+\s+)?unresponsive\b"
    r"(?!\s+(?:during|while|in\s+(?:a|the)\s+k-?hole|at\s+the\s+clinic|in\s+the\s+clinic)\b)",
    r"\b(?:lips|face|skin)\s+(?:are|is|'?re|'?s|turned|went|look|looks)\s+(?:turning\s+|going\s+)?(?:kind\s+of\s+|"
    r"kinda\s+|a\s+bit\s+|all\s+|really\s+)?(?:blue|purple|gr[ae]y)\b",
    r"\bblue\s+(?:around|on|at)\s+(?:the|his|her|their|my)\s+(?:lips|mouth|face|fingertips|fingers|nails)\b",
    r"\b(?:can'?t|cannot|couldn'?t)\s+(?:get|make)\s+(?:him|her|them|my\s+\w+)\s+to\s+(?:wake\s+up|respond|breathe|"
    r"open\s+(?:his|her|their)\s+eyes)\b(?!\s+(?:for|in\s+time|on\s+time|early|before|at|in\s+the\s+morning|till|"
    r"until)\b)",
    r"\b(?:he|she)(?:'?s|\s+is)\s+(?:still\s+)?not\s+(?:moving|breathing|responding|waking\s+up)\b",
    r"\b(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+(?:barely|not)\s+breathing\b",
    r"\b(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+(?:turning\s+|going\s+)?blue\b",
    r"\b(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+(?:\w+\s+and\s+)?not\s+responding\b",
    r"\beyes\s+(?:are\s+|r\s+)?(?:rolled|rolling)\s+back\b",
    r"\b(?:he|she|they|friend|boyfriend|girlfriend|husband|wife|partner|son|daughter|mom|dad|roommate|brother|sister)"
    r"(?:'?s|'?re|\s+is|\s+are|\s+was|\s+went|\s+seems?)\s+(?:completely\s+|totally\s+|just\s+)?unresponsive\b",
    r"\b(?:barely|hardly)\s+(?:responding|breathing|conscious)\b(?!\s+to\b)",
]

#: A medical emergency now: a grave sign, or a sign that can be mild with "now" or "help" beside it.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    _EN_NOT_NOW + r".*?\b(?:" + "|".join(_EN_GRAVE_SIGNS) + r")",
    # "is it normal to not be able to breathe after an infusion? because I really can't get air in right now".
    r"^(?!.*\b(?:lol|lmao|haha\w*|hilarious|jk|kidding|joking|laugh\w*)\b)(?=.*\b(?:right\s+now|rn)\b).*?\b(?:"
    + "|".join(_EN_GRAVE_SIGNS)
    + r")",
    _EN_NOT_NOW + _EN_NOW + r".*?\b(?:" + "|".join(_EN_SIGNS_NOW) + r")",
    # "I think I'm having a heart attack / stroke", "is he having a seizure??".
    _EN_NOT_NOW
    + r".*?\b(?:i\s+think|pretty\s+sure|feels?\s+like|is\s+(?:this|he|she|it))\s+(?:i'?m|im|i\s+am|he'?s|she'?s|"
    r"(?:my\s+)?\w+\s+is)?\s*(?:having\s+)?(?:a\s+)?(?:heart\s+attack|stroke|seizure)\b",
    _EN_NOT_NOW + r".*?\b(?:need|call(?:ing)?|get|send)\s+(?:an?\s+)?ambulance\b",
    *_EN_UNRESPONSIVE,
]
