"""English overdose and poisoning patterns: language data for :mod:`bot.safety`, exported by
:mod:`bot.safety_patterns_en` with the overdoses said in a few words of :mod:`bot.safety_patterns_en_now`
(kept apart only so each module stays a readable size).

The substances list is shared with the self-harm patterns ("holding the pills in my hand").
"""

from __future__ import annotations

# Substances someone could overdose on (used after "took too many ..." and similar), here and in
# bot.safety_patterns_en.
EN_DRUG = (
    r"(?:pills?|tablets?|capsules?|caps|tabs|meds|medications?|medicines?|drugs|doses|troches?|"
    r"lozenges?|rdts?|ketamine|special\s+k|spravato|esketamine|xanax|xannies|benzos?|klonopin|"
    r"clonazepam|ativan|lorazepam|valium|diazepam|ambien|zolpidem|tylenol|acetaminophen|paracetamol|"
    r"ibuprofen|advil|motrin|aspirin|opioids?|oxy(?:codone|contin|s)?|percocets?|vicodin|hydrocodone|"
    r"fentanyl|heroin|morphine|methadone|lithium|antidepressants?|insulin|seroquel|quetiapine|"
    r"trazodone|sleeping\s+pills|sleep\s+aids?|painkillers?|pain\s+pills|benadryl|gabapentin|lamictal|"
    r"lamotrigine|zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|wellbutrin|bupropion|"
    r"adderall|co-?codamol|codeine|tramadol|mirtazapine|remeron|amitriptyline|hydromorphone|dilaudid|barbiturates?)"
)
#: Household poisons someone could drink or mix in (the broader list below adds bleach, cleaning products and fuels).
EN_POISON = (
    r"(?:antifreeze|anti-freeze|rat\s+poison|drain\s+cleaner|lye|pesticides?|herbicides?|paraquat|round\s?-?up|"
    r"weed\s*killer|insecticides?)"
)
#: A medicine the list lacks, known by its generic name's ending ("nortriptyline", "temazepam", "clozapine").
EN_DRUG_NAME = r"\w+(?:ine|pam|lam|done|zole|ol)"
#: Talk about past drug use ("took a bunch of antidepressants over the years") is not an overdose.
EN_NOT_PAST_USE = (
    r"(?!.{0,40}\b(?:over\s+the\s+years|in\s+the\s+past|years?\s+ago|back\s+(?:then|in)|"
    r"in\s+(?:college|high\s+school|my\s+(?:teens|twenties|20s|youth|past))|when\s+i\s+was|"
    r"as\s+a\s+(?:teen|kid)|(?:none|nothing)\s+(?:of\s+them\s+)?(?:worked|helped)|didn'?t\s+(?:work|help)|"
    r"as\s+prescribed))"
)
#: Medicines taken back to the pharmacy or away from someone, not swallowed ("took all of his pills away").
EN_NOT_RETURNED = (
    r"(?!\s+(?:back|away|to\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+)?(?:pharmacy|drug\s?store|chemist|disposal|take-?back|"
    r"police|drop\s?-?box)|for\s+safe\s?keeping)\b)"
)
# Strong drink taken with the pills (the twenty-eighth and twenty-ninth rounds).
_EN_LIQUOR = r"(?:gin|vodka|brandy|whiske?y|rum|tequila|wine|beers?|liquor|booze|alcohol|bourbon)"
# Sleep talk: "so I wouldn't wake up at 3am" is about insomnia, not about dying.
_EN_NOT_WAKE_TIME = r"(?!\s+(?:at|in\s+the\s+(?:middle|night)|during|early|every|again|so|too|until|till|before)\b)"

# Overdose and poisoning: intent to overdose, having taken too much or a whole supply, and
# poison. ``crisis_kind`` reports these as "overdose", whose reply leads with 911 and Poison Control
# (1-800-222-1222), then the 988 list. Someone who won't wake up or isn't breathing, with no word of
# what was taken, is a medical emergency (``bot.safety_patterns_en_emergency``).
OVERDOSE_PATTERNS: list[str] = [
    r"\boverdos(?:e[sd]?|ing)\s+on\s+purpose",
    r"(?<!n't )(?<!not )(?<!dont )(?<!am i )\b(?:going|gonna|want(?:s|ed)?|wanna|plan(?:ning|s)?|about|trying|"
    r"decided|ready|thinking\s+(?:of|about)|think\s+about)\s+(?:to\s+)?(?:overdose|overdosing|overdoes|od)\b"
    # Not a topic: "a question about overdose safety", "I always think about overdose risk" (ordinary-jjj).
    r"(?!\s+(?:by\s+accident|accidentally|on\s+accident|if|when|during|safety|risks?|prevention|rates?|deaths?|"
    r"statistics|symptoms|signs|treatment|reversal|awareness|research|education|kits?|training)\b)",
    r"\b(?:meds|pills|medication|drugs|ketamine|troches|lozenges)\s+to\s+(?:overdose|od)\b",
    r"(?<!anyone )(?<!anybody )(?<!people )(?<!patients )(?<!someone )(?<!who )(?<!ever )(?<!people have )"
    r"(?<!patients have )(?<!who has )(?<!who have )\boverdosed\b(?!.{0,40}\b(?:years?\s+ago|months\s+ago|"
    r"last\s+(?:year|month|summer|spring|fall|autumn|winter)|in\s+(?:19|20)\d\d)\b)",
    r"\b(?:i'?m|i\s+am|he'?s|she'?s|they'?re|(?:he|she|they|someone|somebody|my\s+\w+)\s+(?:is|are|was|might\s+be|"
    r"could\s+be|may\s+be))\s+(?:\w+\s+)?overdosing\b",
    r"\bod(?:'d|'ed|ed|ing|'ing)\b",
    # "I took way too many", "swallowed too much ketamine" -- not "took too much time off".
    r"\b(?:took|taken|swallowed|downed|popped|snorted|injected|shot\s+up)\s+(?:way\s+|far\s+|a\s+lot\s+|much\s+|so\s+|"
    r"a\s+bit\s+|a\s+little\s+|slightly\s+)?too\s+(?:much|many)\b(?!\s+(?:time|long|minutes?|hours?|days?|weeks?|"
    r"months?|years?|sessions?|infusions?|appointments?|visits?|tries|attempts|classes|courses|credits|shifts|"
    r"photos?|pictures?|notes|breaks?|risks?|chances|steps|turns|money|cash|out|off|on|to\s+heart|"
    r"responsibilit\w*|work|vacation|pto|leave|sick\s+days?|questions|calls)\b)" + EN_NOT_PAST_USE,
    r"\b(?:had|ate|drank|used|did|took|taken|swallowed|snorted)\s+(?:way\s+|far\s+|a\s+lot\s+|much\s+|so\s+|"
    r"a\s+bit\s+)?too\s+(?:much|many)\s+(?:of\s+(?:my|the|his|her|their|those|these|that)\s+)?(?:\w+\s+)?"
    + EN_DRUG
    + r"\b"
    + EN_NOT_PAST_USE,
    # "took all my pills" -- not "took all my usual meds this morning".
    r"\b(?:took|taken|swallowed|downed|popped|ate|eaten|snorted)\s+all(?:\s+of)?(?:\s+(?:my|the|his|her|their|those|"
    r"these))?(?:\s+(?!usual|regular|normal|daily|morning|evening|nightly|night|prescribed|other|vitamins?|"
    r"supplements?)\w+)?\s+" + EN_DRUG + r"\b(?!\s+(?:this\s+morning|that\s+morning|yesterday\s+morning|"
    r"as\s+(?:usual|normal|prescribed|directed|instructed|scheduled)|like\s+(?:normal|usual|always|i'?m\s+supposed\s+to)|"
    r"on\s+(?:time|schedule)|before\s+(?:the|my)\s+(?:infusion|session|appointment))\b)",
    r"\b(?:took|taken|swallowed|downed|popped|ate)\s+every\s+(?:single\s+|last\s+)?(?:pill|tablet|capsule|one\s+of\s+"
    r"(?:my|the|his|her|their)\s+" + EN_DRUG + r")\b",
    # "took (like) a whole bottle": a hedge before the amount changes nothing (probe-jjj).
    r"\b(?:took|taken|swallowed|downed|popped|ate|eaten|chugged)\s+(?:(?:like|about|almost|nearly|basically|pretty\s+much|"
    r"maybe)\s+)?(?:a|an|the|my|his|her|their)?\s*(?:whole|"
    r"entire|full)\s+(?:bottle|pack|packet|box|container|blister(?:\s+pack)?|strip|sleeve|sheet|prescription|script|tube|"
    r"month'?s?\s+(?:supply|worth)|week'?s?\s+(?:supply|worth)|supply)\b(?!\s+of\s+(?:water|wine|beer|juice|soda|pop|"
    r"gatorade|electrolyte\w*|coffee|tea|milk|kombucha|vitamins?|supplements?)\b)",
    r"\b(?:took|swallowed|downed|popped|ate)\s+half\s+(?:a|the|my)\s+(?:bottle|pack|box)\s+of\s+(?:\w+\s+)?" + EN_DRUG,
    r"\b(?:took|taken|swallowed|downed|popped|ate|eaten|snorted)\s+(?:a\s+|an\s+|the\s+|like\s+|about\s+|maybe\s+|"
    r"over\s+|at\s+least\s+|around\s+)?(?:whole\s+)?(?:bunch|handful|fistful|ton|tons|load|loads|heap|pile|mouthful|"
    r"shit\s?load|shit\s?ton|crap\s?load|"
    r"bottle|bottleful|pack|packet|box|strip|sleeve|dozens?|hundreds?|\d{2,}|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred)\b(?!\s*(?:mg|milligrams?|mcg|ml|g|grams?|%|percent|minutes?|mins?|hours?|"
    r"hrs?|days?|years?|weeks?|months?)\b)\s+(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+|their\s+|those\s+|these\s+)?"
    r"(?:(?!different|other|various|kinds?|types?|sorts?)[\w'-]+\s+){0,2}?"
    + EN_DRUG
    + r"\b"
    + EN_NOT_RETURNED
    + EN_NOT_PAST_USE,
    # Poisoning.
    r"\bpoison(?:ed|ing)?\s+(?:my|him|her|them)\s?sel(?:f|ves)",
    r"\b(?:drank|drunk|drink(?:ing)?|swallow(?:ed|ing)?|ingest(?:ed|ing)?|took|ate|eaten|chugged)\s+(?:some\s+(?:of\s+)?"
    r"(?:the\s+)?|a\s+bunch\s+of\s+|a\s+bottle\s+of\s+|the\s+|a\s+)?(?:shop\s+|garage\s+|car\s+|household\s+)?(?:bleach|"
    + EN_POISON
    + r"|poison|cleaning\s+(?:stuff|products?|supplies|fluid|liquid|chemicals?)|ammonia|lighter\s+fluid|gasoline|"
    r"windshield\s+(?:fluid|washer))\b",
    # Calling Poison Control is an emergency, unless it already said all was well.
    r"\bpoison\s+control\b(?![^.?!]{0,20}\b(?:said|says|told\s+us|told\s+me)\s+(?:that\s+)?(?:she|he|it|they|we|i|my\s+\w+)"
    r"(?:'?s|\s+was|\s+were|\s+is|\s+are|\s+would\s+be)\s+(?:fine|ok|okay|safe|alright|all\s+right)\b)",
    # Deliberate mixing or taking: "mixed my xanax with a bottle of wine on purpose".,
    r"\b(?:took|take|taken|mixed|mixing|swallowed|drank|downed|popped)\b[^.?!]{0,80}\bon\s+purpose\b",
    r"\b(?:took|swallowed|downed|popped)\s+(?:a\s+lot|lots|a\s+whole\s+lot)\s+of\s+(?:my\s+|the\s+)?(?:\w+\s+)?"
    + EN_DRUG
    + r"(?=\s*(?:$|[.!,;]|\s(?:and\s+(?:i|now)|just\s+now|tonight|an?\s+(?:hour|few\s+minutes)\s+ago)\b))"
    + EN_NOT_PAST_USE,
    # More than prescribed, days' worth at once, a whole cabinet, a bottle emptied into the mouth.
    r"\b(?:took|taken|swallowed|used|did|snorted|had)\s+(?:way\s+|a\s+lot\s+|much\s+|far\s+)?more\s+(?:of\s+)?(?:my\s+)?"
    r"(?:\w+\s+)?(?:than\s+(?:i\s+was|i'?m|i\s+am)\s+(?:supposed|meant|allowed)|than\s+(?:was\s+)?prescribed)\b"
    + EN_NOT_PAST_USE,
    r"\b(?:took|taken|swallowed|downed|popped)\s+(?:\w+|\d+)\s+(?:days?|weeks?|months?)'?s?\s+worth\s+of\s+(?:my\s+|his\s+|"
    r"her\s+|their\s+)?(?:\w+\s+)?" + EN_DRUG + r"\s+(?:at\s+once|all\s+at\s+once|together|in\s+one\s+go)\b",
    r"\b(?:took|swallowed|downed|ate|popped)\s+(?:everything|all\s+(?:of\s+)?(?:the\s+)?(?:pills|meds|medicine|stuff))\s+"
    r"in\s+(?:my|the|his|her|our)\s+(?:medicine\s+)?(?:cabinet|bathroom|drawer|cupboard)\b",
    # "swallowed many of my blood pressure tablets with gin" (probe-nn, 2026-12-05): many of them, with
    # drink or after a fight; not "took many of my tablets with water as prescribed".
    r"\b(?:took|swallowed|downed|popped)\s+(?:so\s+|way\s+too\s+|too\s+)?many\s+(?:of\s+)?(?:my|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    + EN_DRUG
    + r"\b[^.?!]{0,40}?\b(?:(?:with|and)\s+(?:\w+\s+)?"
    + _EN_LIQUOR
    + r"|after\s+(?:an?\s+|the\s+)?(?:argument|fight|row))\b",
    # "I drink the sleeping tablet, maybe 15, with the brandy" (probe-oo): a count, then strong drink.
    r"\b(?:drink|drank|take|took|swallow(?:ed)?|eat|ate)\s+(?:the\s+|my\s+)?(?:[\w-]+\s+)?"
    + EN_DRUG
    + r"[,\s]+(?:maybe\s+|like\s+|about\s+|around\s+)?(?:\d{2,}|ten|twelve|fifteen|twenty|thirty)\b"
    r"(?!\s*(?:mg|milligrams?|mcg|ml)\b)[^.?!]{0,30}?\bwith\s+(?:the\s+|some\s+|my\s+)?" + _EN_LIQUOR + r"\b",
    # "swallowed whatever was in my buddy's medicine cabinet" (probe-hh, 2026-12-05).
    r"\b(?:took|swallowed|downed|ate|popped)\s+(?:whatever|everything|anything)\s+(?:was\s+|i\s+(?:could\s+)?"
    r"f(?:ou|i)nd\s+)?in\s+(?:my|the|his|her|our|their|[\w']+'s)\s+(?:[\w']+\s+)?(?:medicine\s+)?(?:cabinet|cupboard|"
    r"drawer|bathroom)\b",
    r"\bempt(?:ied|y|ying)\s+(?:the|a|my|his|her|their|a\s+whole)\s+(?:\w+\s+)?(?:bottle|pack|box|container)\b"
    r"[^.?!]{0,20}?\b(?:into\s+(?:my|his|her|their)\s+mouth|down\s+(?:my|his|her|their)\s+throat)\b",
    r"\b(?:took|swallowed|downed|popped|ate)\b[^.?!]{0,50}?\b" + EN_DRUG + r"\s+(?:to|hoping\s+(?:to|i'?d|i\s+would)|"
    r"so\s+(?:that\s+)?i\s+(?:would|'?d|will|'?ll|could))\s+(?:just\s+)?(?:not\s+wake\s+up|never\s+wake\s+up|die|"
    r"end\s+(?:it|everything|my\s+life)|sleep\s+forever)\b" + _EN_NOT_WAKE_TIME,
    r"\b(?:took|swallowed|downed|popped|ate)\b[^.?!]{0,50}?\b" + EN_DRUG + r"\s+so\s+(?:that\s+)?i\s+"
    r"(?:won'?t|wouldn'?t|will\s+not|would\s+not)\s+wake\s+up\b" + _EN_NOT_WAKE_TIME,
    r"\b(?:took|swallowed|downed|drank)\s+(?:a|the|a\s+whole)\s+bottle\s+of\s+something\b",
    # Happening now, in other words (a fresh probe, 2026-12-01).
    r"\boverdos\w*\b.{0,80}?\balready\s+(?:took|taken|swallowed|had|did)\b",
    r"\b(?:used|took|taken|swallowed|did|downed)\s+(?:all|every\s+one)\s+(?:of\s+)?(?:my|the|those|these)\s+(?:\w+\s+){0,2}?"
    + EN_DRUG
    + r"\s+at\s+once\b",
    r"\bmixed\s+(?:my\s+|some\s+|the\s+)?"
    + EN_DRUG
    + r"\s+with\s+(?:(?:my\s+|some\s+)?"
    + EN_DRUG
    + r"\s+(?:and|&|plus)\s+)?(?:a\s+(?:bottle|lot|bunch)\s+of\s+)?(?:alcohol|wine|vodka|whiske?y|beer|booze|liquor|drinks)\b"
    + EN_NOT_PAST_USE,
    r"\b(?:pills|tablets|meds|capsules)\s+(?:are|were)\s+already\s+in\s+my\s+(?:stomach|system)\b",
    # A ninth round, after probe-m was measured held out: a whole supply used up at once.
    r"\b(?:used|did|took|taken|swallowed|snorted|finished|went\s+through)\s+(?:up\s+)?(?:a|the|my|his|her|their)\s+"
    r"(?:whole|entire|full)\s+(?:[\w-]+\s+){0,4}?(?:supply|stash|bottle|pack|box|prescription|script|refill)\s+"
    r"(?:all\s+)?(?:at\s+once|in\s+one\s+(?:go|night|sitting))\b",
    # A tenth round, after probe-n was measured held out (lips gone grey and a second medicine
    # mixed in widened the patterns above): a whole supply at once "would that be it".
    r"\b(?:take|took|use|used|swallow|snort|spray|do)\s+(?:all\s+(?:of\s+)?)?(?:my|the|a)\s+(?:whole\s+|entire\s+|full\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:supply|stash|bottle|pack|box|prescription|script|refill|pills|meds)\s+(?:all\s+)?"
    r"(?:at\s+once|in\s+one\s+go)\b[^.?!]{0,40}?\b(?:would|will|could)\s+(?:that|it|this|i)\s+(?:be\s+it|do\s+it|"
    r"be\s+enough|kill\s+me|be\s+the\s+end|end\s+it|die)\b",
    # After probe-p: someone found beside an empty vial or container of a medicine.
    r"\bempty\s+(?:(?:" + EN_DRUG + r")\s+(?:vial|bottle|pack|packet|blister(?:\s+pack)?|box|container|sleeve|strip)s?|"
    r"(?:vial|bottle|pack|packet|box|container|sleeve|strip)s?\s+of\s+(?:\w+\s+)?" + EN_DRUG + r")\b"
    r"[^.?!]{0,30}?\b(?:next\s+to|beside|by|near|around|under)\s+(?:him|her|them)\b",
    # After probe-w: more of a medicine than usual taken just now, and sleepy or unsteady with it
    # ("had a few drinks and a handful of my old oxys, feelin real sleepy"); a double dose taken
    # by mistake, with no such feeling, stays a question.
    r"\b(?:took|taken|had|swallowed|downed|popped|and)\s+(?:an?\s+)?(?:additional|extra|a\s+handful|a\s+bunch|a\s+few|"
    r"a\s+lot|more|some\s+extra)\s+(?:quantity\s+|amount\s+|doses?\s+)?(?:of\s+)?(?:my\s+|the\s+)?(?:old\s+|extra\s+)?"
    r"(?:\w+\s+)?(?:" + EN_DRUG + r"|medication|medicine|" + EN_DRUG_NAME + r"s?)\b[^?]{0,80}?"
    r"\b(?:feel(?:ing|in'?)?|getting|gettin'?|am|i'?m|im)\s+(?:\w+\s+)?(?:unsteady|sleepy|drowsy|woozy|dizzy|faint|"
    r"out\s+of\s+it|like\s+passing\s+out|really\s+heavy|numb)\b",
    # After probe-y: a mix taken with alcohol or another drug, and a heart racing, chest pain or
    # barely moving now (not a racing heart "during the infusion", which the clinic watches).
    r"\b(?:plus|with|and)\s+(?:like\s+)?(?:\d+|a\s+bunch\s+of|a\s+few|some|a\s+handful\s+of|half\s+a\s+bottle\s+of)?\s*"
    r"(?:of\s+)?(?:my\s+)?(?:benzos|troches|lozenges|vodka|whiskey|alcohol|xanax|pills|oxys?|ket|ketamine)\b[^?]{0,60}?"
    r"\b(?:heart\s+(?:is\s+|'?s\s+)?(?:racing|pounding)|chest\s+(?:hurts|is\s+tight)|can\s+barely\s+(?:move|breathe|stay\s+awake)|"
    r"can'?t\s+(?:move\s+my|breathe|stay\s+awake))\b(?![^.?!]{0,30}\b(?:during|in)\s+(?:the|my)\s+(?:infusion|session)\b)",
    # After probe-z: every one of a medicine I had, much more than the doctor said just put in,
    # a medicine from work injected into myself.
    r"\b(?:took|taken|swallowed|downed|popped|ate)\s+every\s+(?:single\s+|last\s+)?"
    + EN_DRUG
    + r"\s+(?:i\s+had|i\s+have|"
    r"i\s+got|in\s+the\s+(?:house|bottle|cabinet)|left)\b(?!\s+been\b)",
    r"\b(?:just|i)\s+(?:put|took|injected|shot|gave\s+my\s?self)\b[^.?!]{0,40}?\b(?:much|way|a\s+lot|far)\s+more\s+than\s+"
    r"(?:the\s+|my\s+)?(?:doctor|doc|dr|prescri\w+)",
    r"\binjected\s+my\s?self\s+with\s+(?:some|a\s+bunch|a\s+lot|\w+)\s+(?:of\s+\w+\s+)?from\s+(?:the|my|our)\s+(?:office|work|"
    r"clinic|hospital|pharmacy|ward|practice|unit)\b",
    # After probe-aa: all of someone else's tablets taken, and a medicine ground into both our dinners.
    r"\b(?:taken|took|swallowed)\s+all\s+(?:of\s+)?my\s+(?:wife|husband|mom|mother|dad|father|son|daughter|partner|"
    r"roommate|kid|child)'?s\s+(?:[\w-]+\s+){0,3}?" + EN_DRUG + r"\b" + EN_NOT_RETURNED,
    r"\binto\s+both\s+(?:of\s+)?our\s+(?:dinners?|food|drinks?|meals?|plates?)\b|\bneither\s+of\s+us\s+(?:is|will\s+be|gets)\s+"
    r"left\s+(?:alone|behind)\b",
    # After probe-bb and probe-cc: the rest or the remaining of a medicine swallowed, with a number,
    # drink or time beside it (not a course finished or a taper); a mix asked about "because that's
    # what I did" minutes ago.
    r"\b(?:took|taken|swallowed|downed|ate|popped)\s+(?![^.?!]{0,100}\b(?:as\s+prescribed|taper\w*|course|over\s+(?:the\s+)?(?:\d+|a|two|three|"
    r"several|few)\s+(?:days|weeks|months))\b)(?:the\s+)?(?:rest\s+of\s+"
    r"(?:the\s+|my\s+|his\s+|her\s+)?|remaining\s+|all\s+(?:of\s+)?(?:the|my)\s+remaining\s+)(?:\w+\s+)?(?:"
    + EN_DRUG
    + r"|"
    + EN_DRUG_NAME
    + r")\b[^.?!]{0,60}?"
    r"\b(?:ago|just\s+now|a\s+dozen|dozen|\d{2,}|twenty|thirty|forty|fifty|a\s+handful|with\s+(?:a\s+(?:glass|bottle)\s+of\s+)?"
    r"(?:wine|vodka|whiskey|beer|alcohol|liquor))\b",
    r"\b(?:mix|mixing|combine|combining|take|taking)\b[^?]{0,60}?\b(?:because|cause|cuz|bc|since)\s+(?:that'?s|thats)\s+"
    r"what\s+i\s+(?:just\s+)?(?:did|took|had|mixed|swallowed|done)\b[^.?!]{0,20}?\b(?:\d+|an?|half\s+an?)\s*"
    r"(?:min\w*|hours?|hrs?)\s+ago\b",
    # After probe-dd: a drug pushed into my own IV, a line placed in my own arm, a syringe filled or
    # drawn up from the unit's or the clinic's stock.
    r"\b(?:pushed|injected|shot|ran)\b[^.?!]{0,60}?\b(?:into|in)\s+my\s+own\s+(?:iv|vein|veins|arm|line|catheter)\b"
    r"|\b(?:placed|put|started|inserted)\s+(?:an?\s+)?(?:iv\s+)?(?:iv|catheter|line|cannula)\s+in(?:to)?\s+my\s+own\s+"
    r"(?:arm|hand|vein)\b",
    # After probe-xx (the thirty-fourth round): a row of pill emoji with a drink or a wave goodbye.
    r"(?:\U0001f48a\s*){3,}[^a-z]{0,10}(?:\U0001f377|\U0001f37a|\U0001f943|\U0001f37e|\U0001f44b)",
    # After probe-vv (the thirty-third round): how bleach or antifreeze tastes.
    r"\b(?:bleach|antifreeze|drain\s+cleaner|rat\s+poison|weed\s?killer|lye)\s+(?:tastes|tasted)\b",
    # After probe-rr (the thirty-first round): many drinks and then pills, unknown which, now.
    r"\b(?:had|drank|downed)\s+(?:like\s+|about\s+|maybe\s+|around\s+)?(?:[5-9]|1\d|20|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a\s+dozen|way\s+too\s+many)\s+(?:drinks|beers|shots)\b[^.?!]{0,20}?\band\s+(?:then\s+)?(?:took|popped|"
    r"swallowed)\s+(?:some|a\s+bunch\s+of|a\s+handful\s+of|random|a\s+few|like\s+\d+|\d+)\s+(?:\w+\s+)?pills\b"
    r"(?![^.?!]{0,40}\b(?:yesterday|last\s+(?:night|week|year|month)|years?\s+ago|in\s+college|back\s+then|once)\b)",
    r"\bsyringe\s+(?:i\s+)?(?:filled|drew\s+up|drawn\s+up|loaded)\s+(?:in|from|at)\s+(?:the\s+)?(?:medical\s+unit|clinic|"
    r"hospital|unit|ward|work|med\s+room|pharmacy)\b",
    # The thirty-sixth round (2026-12-05, the session from 13:39 UTC; after probe-vv, tuned on): a medicine
    # mixed with a lot of alcohol, for tonight.
    r"\bmix(?:ing)?\s+(?:all\s+)?(?:my\s+|some\s+|the\s+|these\s+)?(?:meds|pills|tablets|medications?)\s+with\s+"
    r"(?:a\s+(?:lot|bunch|bottle|ton)\s+of|lots\s+of|tons\s+of|a\s+whole\s+bottle\s+of)\s+"
    + _EN_LIQUOR
    + r"\b[^?]{0,40}?"
    r"\b(?:tonight|right\s+now)\b",
]
