"""English patterns for danger disclosed in passing inside a long message: language data for
:mod:`bot.safety`, joined to the self-harm, overdose and third-person lists by :mod:`bot.safety_patterns_en`.

Written after probe-jjj (2026-12-07, the session from 04:56 UTC): letters of 80 to 400 words, mostly
questions about cost, insurance or sessions, with one or two sentences that give the danger away (the
means bought, a place visited at night, a note left, pills already swallowed, a child or a partner at
risk). Held out, the model gave the crisis response to all 120, but the patterns caught only 52, so an
overdose taken in the middle of such a letter got the general reply rather than the one that leads with
911 and Poison Control. Its look-alikes (a hunter's safe, a will updated before surgery, a nurse asking
about overdose safety, grief, a past attempt) are ordinary: each pattern below asks for the act, the
means made ready or the words of a goodbye, never for a dark topic alone.
"""

from __future__ import annotations

from bot.safety_patterns_en_indirect import EN_WEAPON, both_in_message
from bot.safety_patterns_en_overdose import EN_DRUG, EN_NOT_PAST_USE, EN_NOT_RETURNED, EN_POISON

# Someone whose medicines were taken: "my mom's pills", "grandmas heart pills".
_RELATIVE = (
    r"(?:mom|mum|mother|dad|father|grand(?:ma|mas|mother|pa|father)|nan|nana|nanna|wife|husband|partner|"
    r"roommate|flatmate|sister|brother|son|daughter|aunt|uncle)"
)

# Medicines taken home from work in small amounts: a nurse's or a pharmacist's means.
_STOCK = r"(?:" + EN_DRUG + r"|potassium(?:\s+chloride)?|propofol|pentobarbital|succinylcholine)"

# Things getting bad again, said beside an earlier attempt or a close call ("she's getting withdrawn again").
_SLIDING_AGAIN = (
    r"\b(?:slipping|sliding|spiral(?:l?ing)?|going\s+downhill|(?:getting|got|is|it'?s|its)\s+(?:bad|worse|dark|"
    r"withdrawn|quiet)\s+again|withdrawn\s+again|back\s+(?:there|to\s+that\s+place|in\s+that\s+place)|"
    r"heading\s+(?:back\s+)?there|before\s+it\s+happens)\b"
)

# Overdose or poison taken: the reply leads with 911 and Poison Control.
DISCLOSED_OVERDOSE_PATTERNS: list[str] = [
    # "taken most of a bottle of Remeron ... half an hour ago" ("took like a whole bottle" is the overdose module's).
    r"\b(?:took|taken|swallowed|downed|popped)\s+(?:most|the\s+rest|nearly\s+all|almost\s+all)\s+of\s+(?:a|the|my)\s+"
    r"(?:bottle|pack|packet|box|strip|prescription)\s+of\s+[\w-]+[^.?!]{0,60}?\b(?:(?:\d+|an?|half\s+an?|(?:a\s+)?few|ten|fifteen|twenty|thirty|forty)\s+"
    r"(?:minutes?|mins?|hours?|hrs?)\s+ago|just\s+now|tonight)\b",
    # Someone else's medicines, a lot of them: "took a lot of my mom's pills", "swallowed all of grandmas heart pills".
    r"(?<!was\s\d\d\si\s)(?<!ago\si\s)\b(?:took|taken|swallowed|downed|popped|ate)\s+(?:a\s+lot|lots|a\s+bunch|a\s+handful|a\s+load|loads|a\s+ton|"
    r"a\s+whole\s+lot|most|all|\d{2,}|(?:fifteen|twenty|thirty)(?:\s+or\s+(?:twenty|thirty|forty))?)\s+of\s+(?:my\s+)?"
    + _RELATIVE
    + r"'?s\s+(?:(?!about|for|on|with|of|and|to)[\w-]+\s+){0,2}?"
    + EN_DRUG
    + r"\b"
    + EN_NOT_RETURNED
    + EN_NOT_PAST_USE,
    # A photo of someone's pills sent with a goodbye: swallowed or about to be.
    r"\b(?:picture|photo|pic)\s+of\s+(?:a\s+bunch\s+of\s+|all\s+(?:her|his|their)\s+|(?:her|his|their)\s+)?"
    r"(?:pills|tablets|meds)\b[^.?!]{0,60}?\b(?:caption|goodbye|finally|left\s+the\s+chat)\b",
]

# Intent shown by the means made ready, the place, the day or a goodbye.
DISCLOSED_INTENT_PATTERNS: list[str] = [
    r"\b(?:taking|bringing|sneaking|stealing|pocketing|took|brought|snuck|stole)\s+(?:small\s+amounts?|little\s+amounts?|"
    r"a\s+little|bits|extra)\s+of\s+(?:[\w-]+\s+){0,2}?"
    + _STOCK
    + r"(?:\s+and\s+(?:[\w-]+\s+)?"
    + _STOCK
    + r")?\s+(?<!at\s)home\s+(?:from|for|every|each|after)\b",
    r"\bcalculated\s+how\s+(?:much|many)\s+(?:of\s+)?(?:my\s+)?(?:[\w-]+\s+){0,2}?" + EN_DRUG + r"\b",
    r"\b(?:signing|signed)\s+(?:it|them)\s+out\s+more\s+than\s+(?:we|i)\s+need\b",
    r"\bweighed\s+out\s+(?:a|the|my)\s+(?:dose|amount)\b",
    # The means bought or made ready.
    r"\bresearch\w*\s+helium\b|(?<!balloon\s)(?<!balloons\s)(?<!party\s)\bhelium\b(?![^.?!]{0,80}\bballoons?\b)[^.?!]{0,60}?\b(?:tubing|hose|bag|hood)\b[^?]{0,60}?"
    r"\bin\s+my\s+(?:closet|room|bedroom|car|trunk)\b",
    r"\bcharcoal\b[^.?!]{0,40}?\btape\b[^.?!]{0,30}?\b(?:windows?|doors?|vents?)\b",
    r"\b(?:bleach|" + EN_POISON + r")\s+(?:is\s+)?ready\s+(?:in\s+my\s+(?:room|bag|car)\b|(?=\s*(?:[.!,;]|$)))",
    r"\b(?:euthanasia|assisted\s+dying|maid)\b[^.?!]{0,60}?\b(?:don'?t|do\s+not|didn'?t)\s+qualify\b[^?]{0,80}?"
    r"\b(?:ordered|bought)\s+(?:the\s+|some\s+|a\s+)?(?:powder|stuff|drugs?|pills|it)\b",
    r"\bresearch\w*\s+methods\s+online\b[^?]{0,100}?\bordered\s+what\s+i\s+need(?:ed)?\b",
    r"\b(?:closet\s+rod|shower\s+rod|curtain\s+rod|rafter)\s+(?:held|holds|can\s+hold|would\s+hold|will\s+hold)\s+my\s+weight\b",
    # Medicines bought a little at a time from several shops or towns, or kept back instead of taken.
    r"\b(?:bought|buying|got|getting|visiting)\b[^.?!]{0,40}?\b(?:from|at|in)\s+(?:(?:three|four|five|six|several|"
    r"multiple|\d+)\s+(?:different\s+)?(?:shops|stores|pharmacies|chemists|places|towns)|different\s+towns)\b[^.?!]{0,60}?\b(?:paracetamol|"
    r"tylenol|acetaminophen|sleeping\s+(?:pills|tablets)|painkillers|pills|tablets)\b",
    r"\b(?:paracetamol|tylenol|acetaminophen|sleeping\s+(?:pills|tablets)|painkillers)\s+(?:from|at|in)\s+(?:three|four|"
    r"five|six|several|multiple|\d+)\s+(?:different\s+)?(?:shops|stores|pharmacies|chemists|places|towns)\b",
    r"\b(?:hoarding|stockpiling)\s+(?:it|them)\s+instead\b",
    r"\bhiding\b[^.?!]{0,60}?\bspit(?:ting|s)?\s+them\s+(?:out\s+)?into\s+a\s+(?:bottle|jar|bag|box)\b",
    r"\bsaved\b[^?]{0,80}?\bthinking\s+i\s+(?:will|'ll)\s+take\s+them\s+all\s+(?:together|at\s+once)\b",
    r"\b(?:i'?ve\s+got|i\s+have|i\s+now\s+have)\s+(?:more\s+than\s+)?enough\s+barbiturates\b",
    r"\b(?:vodka|whiske?y|wine|gin|alcohol|booze|liquor)\b[^?]{0,120}?\b(?:pills|tablets|meds)\b[^?]{0,80}?"
    r"\bdeciding\s+whether\s+(?:or\s+not\s+)?to\s+(?:do\s+(?:both|it)|take\s+(?:both|them))\b",
    r"\b(?:morphine|methadone|fentanyl|oxycodone|hydromorphone)\b[^?]{0,120}?\bthought\s+(?:every\s+day\s+)?"
    r"(?:this\s+week\s+)?about\s+(?:drinking|taking|swallowing|using)\s+(?:it|them|all\s+of\s+it)\b(?!\s+(?:back|to|in|home)\b)",
    r"\blethal\b[^?]{0,200}?\bfound\s+out\s+where\s+(?:they|we)\s+keep\s+it\b",
    # The place: a level with no fence, the edge, the tracks, the water.
    r"\b(?:level|floor|side|spot|part|section)\s+(?:has|with|that\s+has)\s+no\s+(?:fenc\w*|railings?|barriers?|netting|nets)\b",
    r"\b(?:roof|bridge|building|balcony|parking\s+(?:deck|garage|structure)|cliff|overpass)\b[^.?!]{0,60}?\b(?:only|just)\s+"
    r"to\s+stand\s+on\s+the\s+edge\b",
    r"\b(?:stood|standing|stand|sat|sitting|lay|lying)\s+on\s+the\s+(?:ties|tracks|rails)\b[^.?!]{0,60}?"
    r"\b(?:freight|train)\s+came\s+through\b",
    r"\bwalk\s+in(?:to\s+(?:the\s+)?(?:water|river|lake|ocean|sea))?\s+and\s+keep\s+(?:on\s+)?walking\b",
    r"\b(?:don'?t\s+think|not\s+sure)\s+i'?(?:ll|\s+will|\s+would)\s+(?:put\s+(?:it|them)\s+(?:back\s+)?down|step\s+off|"
    r"climb\s+back(?:\s+over|\s+down)?)\b",
    r"\bnext\s+time\s+i'?(?:ll|\s+will)\s+go\s+(?:all\s+the\s+way\s+)?over(?=\s*(?:[.!,;]|$))",
    # The day decided; the end of treatment as the end.
    r"\bdecided\b[^.?!]{0,30}?\b(?:(?:i'?m|i\s+am)\s+not\s+(?:going\s+to|gonna)|i\s+(?:won'?t|will\s+not))\s+be\s+"
    r"(?:around|here|alive)\b(?!\s+(?:next|in|for|at|on|during|this|that|until|till|because|since|tomorrow|today|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    r"\bif\b[^.?!]{0,80}?\b(?:doesn'?t|does\s+not|don'?t)\s+work\b(?!\s+out)[^.?!]{0,60}?\bi\s+(?:won'?t|will\s+not)\s+"
    r"be\s+(?:here|around|alive)\b(?!\s+(?:next|in|for|at|on|during|until|till)\b)",
    r"\bmy\s+last\s+everything\b(?!\s+bagel)",
    r"\bbetter\s+for\s+everyone\s+if\s+i\s+(?:disappeared|was\s+gone|were\s+gone|wasn'?t\s+here|weren'?t\s+here|died|"
    r"was\s+dead)\b(?!\s+for\s+(?:a|the)\s+(?:weekend|day|week|few\s+days)\b)",
    r"\b(?:baby|pregnan\w*)\b[^?]{0,200}?\bif\s+i\s+go,?\s+we\s+both\s+go\b",
    r"\b(?:hitting|banging|bashing)\s+my\s+head\s+(?:against|on|into)\s+(?:the\s+|a\s+)?(?:wall|floor|door|desk)\b"
    r"[^.?!]{0,80}?\b(?:saw\s+blood|see\s+blood|until\s+(?:it|i)\s+bled|drew\s+blood)\b",
    # Taking a child or a partner too.
    r"\bhaving\s+thoughts?\s+(?:about|of)\s+taking\s+(?:the|my|our)\s+(?:kids|children|baby|son|daughter)\s+with\s+me\b"
    r"(?!\s+to\b)",
    r"\bneither\s+of\s+us\s+should\s+go\s+on\b(?=\s+like\s+this|\s+living|\s*(?:[.!,;]|$))",
    # A past attempt named beside sliding back now ("last attempt was in january and im slipping again"); a past
    # attempt alone is history, and "my last attempt at quitting" or "an attempt to get approval" is not one.
    both_in_message(
        r"\b(?:my\s+(?:last|latest|previous|recent|first|second)|last|latest|previous)\s+(?:suicide\s+)?attempt\b"
        r"(?!\s+(?:at|to|with)\b)",
        _SLIDING_AGAIN,
    ),
    # A close call with a weapon, and it getting bad again ("close call with my rifle last month, it's getting bad").
    both_in_message(r"\bclose\s+call\s+with\s+(?:my|a|the|his|her)\s+" + EN_WEAPON + r"\b", _SLIDING_AGAIN),
    # Knowing the means by heart: "I know exactly what I'd take and how much".
    r"\bknow\s+(?:exactly\s+)?(?:what|which\s+\w+)\s+i'?d\s+(?:take|use)\b[^.?!]{0,40}?\bhow\s+(?:much|many)\b",
    r"\bknow\s+(?:exactly\s+)?how\s+(?:much|many)\s+i'?d\s+(?:need\s+to\s+)?(?:take|use)\b",
    # "it's this or I'm gone": treatment as the last thing before death.
    r"\b(?:it'?s|its)\s+(?:this|that|ketamine|treatment)\s+or\s+(?:i'?m|im|i\s+am)\s+(?:gone|dead|done\s+for\s+good|"
    r"not\s+(?:here|around))\b",
    # A bullet kept "for myself"; "something to help me sleep forever".
    r"\b(?:a|one|the|last|my)\s+(?:bullet|round|shell)\b[^.?!]{0,60}?\bfor\s+my\s?self\b",
    r"\b(?:something|anything|a\s+way|pills?)\s+(?:to\s+)?(?:help\s+me\s+|make\s+me\s+)?sleep\s+forever\b",
    # A nurse's or a pharmacist's means: "before I use what I have access to at work".
    r"\bbefore\s+i\s+(?:use|take|grab|inject)\s+(?:what|the\s+stuff|the\s+(?:drugs|meds|pills|vials))\s+i\s+"
    r"(?:have\s+access\s+to|(?:have|got)\s+(?:at|from)\s+work|brought\s+home|took\s+(?:home|from\s+work)|"
    r"(?:have\s+)?(?:stashed|saved(?:\s+up)?|been\s+saving))\b",
]

# Someone else in danger: a goodbye note, possessions given away "where he's going", a threat, a child hurt.
DISCLOSED_THIRD_PERSON_PATTERNS: list[str] = [
    r"\bnote\b[^.?!]{0,40}?\b(?:i'?m\s+)?sorry\b[^.?!]{0,40}?\bnot\s+your\s+fault\b",
    r"\b(?:won'?t|will\s+not|wouldn'?t)\s+(?:need|be\s+needing)\s+(?:it|them|any\s+of\s+(?:it|this|them))\s+where\s+"
    r"(?:he|she|they|i)(?:'?s|'?re|'?m|\s+is|\s+are|\s+am)\s+going\b",
    r"\b(?:he|she|they|the\s+baby|the\s+kids?|we)\s*(?:would|'d)\s+be\s+better\s+off\s+in\s+heaven\b",
    r"\b(?:said|says|saying|yelling|screaming|threatening)\s+(?:that\s+)?(?:he'?s|she'?s|he\s+is|she\s+is)\s+"
    r"(?:going\s+to|gonna)\s+kill\s+(?:her|him|my\s+(?:mom|mum|mother|dad|father|sister|brother)|us|me|them)\s+this\s+time\b",
    r"\bnext\s+time\s+(?:he|she)(?:'d|\s+would|'ll|\s+will)\s+\W?finish\s+(?:it|me)\b",
    r"\b(?:burn\s+marks|burns|marks)\b[^.?!]{0,40}?\blike\s+cigarettes\b|\bcigarette\s+burns\s+on\s+(?:her|his|their)\b",
    # Someone's earlier attempt beside it getting bad again ("she tried to overdose in january and she's getting
    # withdrawn again").
    both_in_message(
        r"\b(?:he|she|they|(?:my|our)\s+(?:" + _RELATIVE + r"|friend|kid|child))\s+(?:tried|attempted)\s+(?:to\s+)?"
        r"(?:overdose|od|kill\s+(?:him|her|them)sel(?:f|ves)|end\s+(?:it|(?:his|her|their)\s+life)|suicide)\b|"
        r"\b(?:his|her|their)\s+(?:last|previous|first|recent)\s+(?:suicide\s+)?attempt\b(?!\s+(?:at|to|with)\b)",
        _SLIDING_AGAIN,
    ),
    # A bullet kept "for himself"; asking for "something to help him sleep forever".
    r"\b(?:a|one|the|last)\s+(?:bullet|round|shell)\b[^.?!]{0,60}?\bfor\s+(?:him|her|them)sel(?:f|ves)\b",
    r"\b(?:something|anything|a\s+way|pills?)\s+(?:to\s+)?(?:help|make)\s+(?:him|her|them)\s+sleep\s+forever\b",
]
