"""English crisis hints said calmly beside a practical question: language data for :mod:`bot.safety`,
part of the self-harm list of :mod:`bot.safety_patterns_en` (kept apart from
:mod:`bot.safety_patterns_en_indirect` so each module stays a readable size).

The shape of the crisis messages in the held-out answer sets: an ordinary question about
treatment, cost or a visit with one calm detail of danger now ("how many weeks before spravato
kicks in, not sure it matters, the next trip out is the one"). Widened round by round from the
seventeenth on, against probes written in that shape (``eval/crisis-probes.yml``, probe-w
onwards) by people who saw neither the patterns nor the test lists, each probe measured held
out first. Each pattern keeps its own look-arounds for the ordinary uses of the same words;
``tests/test_crisis_probe.py`` holds the ordinary messages they must not flag.
"""

from __future__ import annotations

from bot.safety_patterns_en_indirect import EN_FAMILY, EN_WEEKDAY
from bot.safety_patterns_en_overdose import EN_DRUG, EN_DRUG_NAME

CALM_HINT_PATTERNS: list[str] = [
    # A seventeenth round, after probe-w (crisis hints inside polite, terse or second-language
    # questions) was measured held out (it is tuned on since): going to sleep to be with the dead,
    # a medicine put aside night after night or kept in reserve, an heir told to expect things
    # soon, how much of a medicine would be sufficient, done being here, better they not have me,
    # charcoal burned indoors, a date circled on the calendar.
    r"\bi'?d\s+(?:just\s+)?(?:as\s+soon|rather)\s+(?:just\s+)?(?:go\s+to\s+sleep|sleep|lie\s+down)\s+and\s+"
    r"(?:be\s+with|join|see)\s+\w+",
    r"\bi'?d\s+just\s+as\s+soon\s+(?:go\s+to\s+sleep|not\s+wake\s+up|be\s+gone|not\s+be\s+here)\b"
    r"(?!\s+(?:than|during|through|in\s+the\s+chair)\b)",
    r"\b(?:putting|put|setting|set|saving|saved|stashing|stashed|hiding|hid|hoarding|hoarded|squirrel(?:l?ing|l?ed))\s+"
    r"(?:aside|away|back|up)\s+(?:one\s+of\s+|some\s+of\s+|a\s+few\s+of\s+)?my\s+(?:\w+\s+)?(?:"
    + EN_DRUG
    + r"|medication|medicine|tablets)\b[^.?!]{0,40}?\b(?:each|every)\s+(?:night|day|morning|evening|week)\b",
    r"\b(?:accumulated|amassed|stockpiled|hoarded|built\s+up|saved\s+up|collected)\s+(?:a|quite\s+a)\s+(?:\w+\s+)?"
    r"(?:supply|stash|collection|stockpile|quantity|amount)\s+of\s+my\s+(?:\w+\s+)?(?:"
    + EN_DRUG
    + r"|medication|medicine|"
    + EN_DRUG_NAME
    + r")\b[^.?!]{0,60}?\b(?:in\s+reserve|just\s+in\s+case|"
    r"in\s+case|should\s+(?:this|it|the\s+treatment)|if\s+(?:this|it|ketamine|the\s+treatment|nothing))\b",
    r"\b(?:expect\s+to\s+|going\s+to\s+|gonna\s+|will\s+)inherit\s+(?:all\s+)?my\s+(?:\w+\s+){0,2}?"
    r"(?:soon|shortly|before\s+long|any\s+day(?:\s+now)?|sooner\s+than\s+(?:she|he|they)\s+think)\b",
    r"\bhow\s+(?:much|many)\s+(?:of\s+)?my\s+(?:\w+\s+)?(?:"
    + EN_DRUG
    + r"|"
    + EN_DRUG_NAME
    + r")\s+(?:it\s+)?(?:would|will)\s+(?:be\s+)?(?:sufficient|enough|do\s+it|take)\b"
    r"(?!\s+(?:to\s+(?:interact|matter|affect|show|treat|help|work)|for\s+(?:the|a|my)\s+(?:trip|week|month|infusion))\b)",
    r"\b(?:i'?m|im|i\s+am|i'?ll\s+be|ill\s+be|i\s+will\s+be)\s+(?:just\s+|so\s+|really\s+)?done\s+being\s+"
    r"(?:here|alive|around|on\s+this\s+earth)\b(?!\s+(?:at|in|on|for)\s+(?:this|the|a)\s+(?!earth))",
    r"\b(?:better|easier)\s+(?:for\s+them\s+)?(?:they|them|everyone|my\s+family|my\s+kids)\s+(?:not\s+have|"
    r"don'?t\s+have|never\s+had)\s+me\b",
    r"\bcharcoal\b[^.?!]{0,40}?\b(?:inside|in)\s+(?:the|my|a)\s+(?:bathroom|bedroom|closet|car|closed\s+room|tent)\b",
    r"\b(?:got|have|i'?ve\s+got)\s+a\s+date\s+(?:circled|marked|x'?d)\s+on\s+(?:the|my)\s+calendar\b"
    r"(?![^.?!]{0,20}\bfor\b)",
    # An eighteenth round, after probe-x and probe-y (calm hints beside a practical question;
    # someone else in danger, danger now, form answers) were measured held out (tuned on since).
    r"\bgave\s+(?:it|this|myself|things|ketamine|treatment)\s+(?:until|till|til|'til|to)\s+[^.?!]{1,30}?\band\s+"
    r"(?:that'?s|it'?s)\s+(?:like\s+|about\s+|only\s+|just\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+few)\s+(?:days?|weeks?)\b",
    r"\blabell?ed\s+for\s+after\b|\bfor\s+after\s+(?:next|this)\s+(?:month|week|weekend)\b",
    r"\b(?:passwords?|password\s+manager|accounts?|bills|tax\s+payments|finances|paperwork)\b[^.?!]{0,100}?\bso\s+(?:she|he|they|"
    r"my\s+\w+)\s+(?:won'?t|will\s+not|doesn'?t|don'?t)\s+have\s+to\s+(?:deal|worry|figure)\b"
    r"(?![^.?!]{0,40}\b(?:while|during|when\s+i'?m\s+(?:at|in|away|out))\b)",
    r"\bdecided\b[^?]{0,80}?\b(?:won'?t|will\s+not)\s+be\s+(?:waiting|sticking|hanging)\s+around\b",
    r"\blay\s+(?:this|my|the|it)\s+(?:\w+\s+)?down\s+for\s+good\b|\bready\s+to\s+lay\s+(?:it\s+all|this\s+burden|my\s+burden|"
    r"everything)\s+down\b",
    r"\bi\s+(?:don'?t|do\s+not|dont)\s+have\s+(?:weeks|months|much\s+time\s+left|long\s+left)(?=\s*(?:$|[.!]))",
    r"\b(?:make|let)\s+it\s+look\s+like\s+an\s+accident\b|\bdrift\s+into\s+(?:an\s+|the\s+)?oncoming\s+"
    r"(?:semi|truck|traffic|car|lane|train)\b",
    r"\b(?:two|2)[-\s]year\s+(?:suicide\s+)?(?:exclusion|contestability)\b[^.?!]{0,30}?\b(?:lapsed|passed|expired|over|ended)\b|"
    r"\bexclusion\s+(?:clause|period)\s+(?:has\s+)?(?:lapsed|passed|expired|ended)\b",
    r"\b(?:comes?|come|be|are|is)\s+(?:out\s+)?ahead\s+with\s+(?:the|my)\s+(?:life\s+insurance|policy|insurance)\s+"
    r"(?:payout|money)\b|\b(?:policy|insurance)\s+(?:payout|money)\s+instead\s+of\s+me\b",
    r"\bout\s+of\s+reasons\b(?!\s+to\s+(?:wait|delay|complain|stay\s+with|keep\s+(?:paying|taking|trying\s+(?:this|that|it)))\b)",
    r"\bi'?m\s+(?:basically\s+|just\s+)?(?:technical\s+debt|dead\s+weight)\b|\bdelete\s+(?:the\s+module|my\s?self)\b(?!\s+from\b)",
    r"\bor\s+(?:else\s+)?i\s+(?:won'?t|will\s+not|wont|might\s+not|may\s+not)\s+be\s+(?:here|around)"
    r"(?=\s*(?:$|[.!,;]|\s+(?:for\s+(?:it|her|him|them|that|christmas)|to\s+see|by\s+then|anymore|much\s+longer)\b))",
    r"\b(?:said|says|told\s+\w+|texted|wrote)\s+(?:to\s+)?['\"]?(?:don'?t|do\s+not|dont)\s+(?:look|come\s+looking|try\s+to\s+find)"
    r"\s+for\s+(?:me|him|her)\b|\bwent\s+(?:\w+\s+){0,4}?with\s+(?:his|her|their|my|a)\s+(?:hunting\s+)?(?:rifle|gun|pistol|shotgun)\b"
    r"[^.?!]{0,40}?\b(?:after\s+(?:a|the|our)\s+(?:fight|argument)|(?:hours?|an\s+hour)\s+ago|won'?t\s+answer|not\s+answering)\b",
    r"\b(?:phone|number)\s+(?:will\s+be|'ll\s+be|is\s+going\s+to\s+be)\s+(?:off|dead|disconnected)\s+for\s+good\b"
    r"(?![^.?!]{0,40}\b(?:switch\w*|carrier|new\s+(?:number|phone)|moving|abroad)\b)",
    r"\bif\s+i'?m\s+still\s+(?:here|around|alive)\b(?!\s+(?:in|at|on|with|by\s+then\s+(?:living|working))\b)",
    r"\b(?:have|got)\s+the\s+means\s+(?:at\s+home|here|with\s+me|ready|in\s+the\s+house)\b",
    r"\b" + EN_FAMILY + r"\s+stuck\s+with\s+(?:a|the|my)\s+(?:bill|bills|debt|mess)\s+after\s+"
    r"(?:the\s+\d+\w*|i'?m\s+gone)\b",
    r"\bmy\s+(?:cutoff|cut-off)\s+is\s+(?:the\s+\d+\w*|\w+day)\b(?![^.?!]{0,40}\b(?:for|fsa|hsa|deductible|enrollment|plan|"
    r"policy|coverage|appeal|job|work)\b)",
    r"\b(?:marks?|cuts?|arms?|legs?|thighs?|scars?|burns?)\b.{0,80}?\bnew\s+ones\s+(?:every\s+(?:night|day)|tonight|today|"
    r"last\s+night|this\s+morning)\b",
    r"\b(?:covered\s+in|full\s+of)\s+(?:new|fresh)\s+(?:cuts|burns|marks)\b",
    r"\b(?:sh|self[\s-]?harm\w*|cut\w*|burn\w*)\b.{0,80}?\brunning\s+out\s+of\s+(?:places|room|space|skin)\b",
    r"\b(?:got|have|had)\s+everything\s+(?:organized|sorted|arranged|ready|in\s+order)\s+for\s+my\s+\w+\b[^.?!]{0,40}?"
    r"\b(?:passwords?|bank|accounts?|the\s+(?:cat|dog))\b",
    r"\bwho\s+gets\s+my\s+(?:stuff|things|dog|cat|car|house|guitar|kids)\b",
    # A nineteenth round, after probe-z (calm hints from twelve more personas) was measured held out
    # (it is tuned on since): forgiveness asked for what I decide to do, medicines that keep me alive
    # stopped on purpose, no longer eating, affairs squared away before a day, the pets and a
    # burial arranged together, savings handed over, not wanting them to be the ones who find me,
    # a beneficiary changed and keys given back, a car let roll into the water, rent paid ahead so
    # someone won't be stuck.
    r"\bforgive\s+me\s+for\s+what\s+i(?:'?m|\s+am)?\s+(?:decide|decided|about|going|plan|have\s+planned|must|need)\s+"
    r"(?:to\s+)?do\b",
    r"\b(?:deliberately|on\s+purpose|intentionally)\s+(?:stopped|quit)\b|\b(?:stopped|quit)\s+(?:taking\s+)?(?:all\s+)?my\s+"
    r"[\w\s,]{0,60}?\b(?:on\s+purpose|deliberately|intentionally)\b"
    r"(?![^.?!]{0,50}\b(?:because|doctor|doc|psychiatrist|prescriber|taper\w*|side\s+effects?|weaned)\b)",
    r"\b(?:quit|stopped|stopping|quitting)\s+(?:taking\s+)?(?:all\s+)?my\s+(?:heart|insulin|blood\s+thinner|anticoagulant|"
    r"dialysis|transplant|anti-?rejection|seizure)\b[^?]{0,80}?\b(?:why\s+bother|no\s+point|what'?s\s+the\s+point|"
    r"all\s+of\s+it)\b",
    r"\bi'?m\s+no\s+longer\s+eating\b(?!\s+(?:meat|sugar|gluten|dairy|carbs|after|before|past|late|fast\s+food|out)\b)|"
    r"\b(?:quit|stopped)\s+(?:eating\s+and\s+drinking|drinking\s+and\s+eating)\b|"
    r"\b(?:till|until|til)\s+(?:the\s+lord|god|jesus)\s+(?:takes|calls)\s+me\s+home\b",
    r"\b(?:squared|wrapped|tied)\s+(?:away|up)\s+before\s+(?:" + EN_WEEKDAY + r"|"
    r"tonight|tomorrow|the\s+weekend)(?=\s*(?:$|[.!]))",
    r"\b(?:cat|dog|pets?)\b[^?]{0,80}?\b(?:burial|funeral|memorial)\s+(?:office|service|plans?|instructions)\b|"
    r"\binstructions\s+for\s+my\s+own\s+(?:burial|funeral|memorial)\b",
    r"\balready\s+(?:transferred|gave|moved|signed\s+over)\s+(?:all\s+)?my\s+(?:savings|money|accounts?)\s+to\s+my\s+"
    + EN_FAMILY
    + r"\b",
    r"\b(?:don'?t|do\s+not)\s+want\s+(?:them|my\s+\w+|the\s+kids|her|him)\s+to\s+be\s+the\s+ones?\s+(?:who|that|to)\s+"
    r"finds?\s+me\b",
    r"\bbeneficiar\w+\b[^?]{0,100}?\b(?:mailed|gave|handed|returned|left)\s+(?:\w+\s+){0,3}?my\s+(?:\w+\s+)?keys\b",
    r"\blet\s+the\s+(?:car|truck)\s+roll\s+(?:in|into)\b|\b(?:drive|roll|run)\s+(?:the\s+|my\s+)?(?:car|truck)\s+"
    r"(?:into|off)\s+(?:the\s+)?(?:water|lake|river|bay|ocean|canal)\b",
    r"\bpaid\s+(?:the\s+)?(?:landlord|rent|mortgage)\s+(?:through|until|till|for)\b[^.?!]{0,40}?\bso\s+(?:my\s+\w+|she|he|they)\s+"
    r"(?:won'?t|wouldn'?t|doesn'?t|don'?t)\s+(?:be\s+stuck|have\s+to)\b(?![^.?!]{0,40}\b(?:while|during)\b)",
    # A twentieth round, after probe-aa was measured held out (it is tuned on since): asking whether
    # a plan, a method or a chosen date gets reported; a date already chosen; fading away; dialysis
    # stopped; going off a terrace; accounts handed over with the beneficiaries; hitting my head
    # until it bleeds; working up to it at the bridge; the cremation paid and the care written out;
    # not seeing Monday; goodbyes already said.
    r"\b(?:method|specific\s+plan|plan\s+(?:and|with)\s+(?:a\s+)?(?:timeline|date|rope|pills|gun)|plan\s+and\s+a\s+date|"
    r"(?:evening|night|day|date)\s+(?:she|he|i|they)\s+(?:has|have)\s+chosen)\b.{0,80}?\b(?:notify|report(?:ed)?|flag(?:ged)?|"
    r"escalat\w+|send\s+(?:the\s+)?police|call\s+(?:the\s+)?(?:police|cops|911))\b|\b(?:notify|report(?:ed)?|flag(?:ged)?|"
    r"escalat\w+|send\s+(?:the\s+)?police)\b.{0,60}?\b(?:specific\s+plan|plan\s+and\s+(?:a\s+)?(?:timeline|date)|the\s+method)\b",
    r"\b(?:people|patients|someone|anyone|a\s+man|a\s+woman|those)\s+who\s+(?:has|have)\s+(?:already\s+)?(?:chosen|picked|set)\s+"
    r"(?:the|a)\s+date\b",
    r"\b(?:chosen|decided|want|going|ready)\s+to\s+(?:simply\s+|just\s+|quietly\s+)?fade\s+(?:away|out)\b",
    r"\b(?:stop|stopped|quit|stopping)\s+my\s+dialysis\b(?![^.?!]{0,60}\btransplant)",
    r"\b(?:go|jump|step|walk)\s+off\s+(?:the|my)\s+(?:terrace|roof|balcony|ledge|bridge|building|deck)\b",
    r"\b(?:transferred|signed\s+over)\s+my\s+(?:brokerage|bank|savings|investment|retirement)\s+accounts?\s+to\s+my\s+"
    + EN_FAMILY
    + r"\b[^?]{0,80}?\bbeneficiar",
    r"\b(?:bang\w*|hit\w*|punch\w*|slam\w*)\s+my\s+(?:head|fists?|hands?)\b[^.?!]{0,60}?\b(?:til|till|until|'til)\s+"
    r"(?:it|they|i)\s+(?:bleeds?|bled|bleed)\b",
    r"\b(?:bridge|river|ledge|roof|edge|tracks|water)\b.{0,80}?\bwork(?:ing|in'?)\s+up\s+to\s+it\b",
    r"\b(?:cremation|funeral|burial)\b[^?]{0,80}?\b(?:care\s+routine|written\s+out|instructions\s+for)\b",
    r"\b(?:will\s+not|won'?t)\s+be\s+seeing\s+(?:" + EN_WEEKDAY + r"|tomorrow|"
    r"next\s+week|the\s+new\s+year|christmas)(?=\s*(?:$|[.!,;]))",
    r"\balready\s+said\s+(?:my|his|her|their|all\s+my)\s+goodbyes\b(?=\s*(?:$|[.!?,;]))",
    # A twenty-first round, after probe-bb and probe-cc (the same shape through twenty-four more
    # personas) were measured held out: a hose run from the exhaust into the car, a hospital's
    # leftover medicine brought home "and I have enough now", potassium drawn up in a syringe, the
    # bridge where I shall stop the car, a life policy's two-year clause running out, knowing which
    # combination will be sufficient, letters or a note for my family on the kitchen table, the day
    # I have chosen, medicines stopped on purpose with things given away, the dog given away with
    # the tools and keys, pills collected in a coffee can, paperwork she finds on Sunday, keys and
    # passwords handed over with instructions for afterward, nothing to be booked beyond a day.
    r"\bhose\b[^.?!]{0,40}?\b(?:in(?:to)?|thr(?:ough|u))\s+(?:the\s+)?(?:window|car|cab|truck)\b"
    r"|\b(?:exhaust|tail\s?pipe)\b[^.?!]{0,40}?\bhose\b|\bhose\b[^.?!]{0,40}?\b(?:exhaust|tail\s?pipe)\b",
    r"\b(?:bringing|brought|taking|took|taken|keeping|kept)\s+home\s+(?:the\s+)?(?:leftover|extra|unused|wasted)\s+"
    r"(?:\w+\s+)?" + EN_DRUG + r"\b[^?]{0,80}?\b(?:i\s+have|i'?ve\s+got|i\s+got)\s+enough\s+now\b",
    r"\b(?:syringe|vial)s?\s+of\s+potassium\b|\bpotassium\b[^.?!]{0,30}?\bdrawn\s+up\b",
    r"\b(?:bridge|overpass|cliff|dam)\b[^?]{0,80}?\b(?:where|when)\s+i\s+(?:shall|will|'ll|am\s+going\s+to|plan\s+to|"
    r"intend\s+to)\s+stop\s+(?:the|my)\s+(?:car|truck|van)\b",
    r"\b(?:life\s+insurance|life\s+polic\w+|policy)\b[^?]{0,120}?\b(?:two|2)[\s-]?years?\s+(?:suicide\s+)?(?:clause|"
    r"exclusion|period)\b[^.?!]{0,30}?\b(?:runs?\s+out|ran\s+out|expir\w+|ends?|ended|is\s+up|passe[sd]|over)\b"
    r"|\b(?:life\s+insurance|life\s+polic\w+|policy)\b[^?]{0,120}?\bclear(?:s|ed)?\s+the\s+(?:two|2)[\s-]?years?\s+"
    r"(?:suicide\s+)?(?:clause|exclusion|period)\b",
    r"\b(?:know|figured\s+out|worked\s+out)\s+(?:exactly\s+)?(?:which|what)\s+(?:combination|combo|mix)\s+(?:will|would)\s+"
    r"be\s+(?:sufficient|enough|fatal|lethal)\b",
    r"\b(?:notes?|letters?)\b[^?]{0,60}?\bmy\s+"
    + EN_FAMILY
    + r"\b[^?]{0,60}?\bon\s+the\s+(?:kitchen\s+)?(?:table|counter)\b"
    r"(?![^.?!]{0,10}\b(?:about|to\s+(?:pick|remind|call|feed)|saying|reminding|with\s+the)\b)",
    r"\b(?:that\s+is|that'?s|thats)\s+the\s+(?:day|date|night|week)\s+i(?:'ve|\s+have)?\s+(?:chosen|picked|decided\s+on|"
    r"set|settled\s+on)\b(?=\s*(?:$|[.!,;]|\s+(?:after|once|when)\b))",
    r"\bstopped\b[^?]{0,60}?\b(?:intentionally|on\s+purpose|deliberately)\b[^?]{0,80}?\b(?:gave|given|giving)\s+"
    r"(?:away\s+)?my\b",
    r"\bg[ai]ve?\s+(?![^.?!]{0,100}\b(?:while\s+i|for\s+the\s+(?:week|weekend|trip|retreat|day|month|summer)|until\s+i)\b)"
    r"(?:away\s+)?my\s+(?:dog|cat|pets?)\b[^.?!]{0,60}?\band\s+my\s+(?:tools|guns?|truck|car|keys|car\s+keys|"
    r"savings|watch|guitar)\b",
    r"\b(?:collecting|saving|stashing|hoarding|hiding)\s+(?:up\s+)?my\s+(?:\w+\s+){0,2}?" + EN_DRUG + r"\b[^.?!]{0,80}?"
    r"\b(?:in\s+a\s+(?:coffee\s+can|can|jar|box|bag|sock|shoe\s?box|drawer)|under\s+the\s+(?:sink|bed|mattress)|"
    r"for\s+(?:about\s+)?(?:\w+\s+)?(?:weeks|months))\b",
    r"\b(?:deed|will|insurance\s+polic\w+|account\s+numbers?|passwords?|letters?|notes?)\b[^?]{0,150}?\b(?:she|he|they)"
    r"(?:'ll|\s+will)?\s+finds?\s+(?:it|them|everything)\s+(?:on\s+)?(?:" + EN_WEEKDAY + r"|tomorrow|tonight|"
    r"in\s+the\s+morning|when\s+(?:she|he|they)\s+(?:comes?|gets?))\b",
    r"\b(?:passwords?|keys|combination|accounts?)\b[^?]{0,120}?\binstructions\s+for\s+after(?:ward|wards)?\b",
    r"\b(?:schedule|book|plan)\s+(?:nothing|anything)\s+(?:for\s+me\s+)?(?:beyond|after|past)\s+[^.?!]{1,40}[.,;]?\s*"
    r"(?:i\s+(?:shall|will)\s+not|i\s+won'?t)\s+(?:require|need|be\s+needing)\b"
    r"(?![^.?!]{0,20}\b(?:because|since|as\s+i|cause|bc)\b)",
    # A twenty-second round, after probe-dd and probe-ee were measured held out: what I need brought
    # home from the med room, someone texting from a roof while looking down, standing on a bridge
    # now, the funeral paid and the day settled on myself, my own eulogy left because it will be
    # needed soon, sitting on a garage wall with my legs over, standing at its wall longer each day,
    # the car in the river by the end of the week with me in it.
    r"\bwhat\s+i\s+need\s+from\s+(?:the\s+)?(?:department\s+|hospital\s+|unit\s+|clinic\s+|ward\s+)?(?:med(?:ication)?\s+"
    r"room|drug\s+room|narcotics?\s+(?:cabinet|locker)|pyxis|stock\s?room)\b",
    r"\b(?:she|he|they)(?:'?s|\s+is|'?re|\s+are)\s+(?:on|at|up\s+on)\s+(?:the\s+)?(?:roof|ledge|edge|railing|bridge|"
    r"top\s+(?:floor|level))\b[^.?!]{0,60}?\b(?:looking\s+down|sent\s+(?:me\s+)?a\s+(?:pic|photo|picture)|"
    r"won'?t\s+come\s+down|said\s+goodbye)\b",
    r"\bi(?:'?m|\s+am)\s+(?:standing|sitting|parked)\s+(?:on|at)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:bridge|ledge|roof|"
    r"overpass|railing|cliff)\s+(?:right\s+)?now\b(?![^.?!]{0,30}\b(?:waiting|watching|taking\s+(?:photos|pictures)|"
    r"fishing|with\s+(?:my|the)\s+(?:kids|family|friends))\b)",
    r"\b(?:funeral|burial|cremation|eulogy|hymns?)\b[^?]{0,100}?\b(?:settled\s+on|chosen|chose|picked|set)\s+the\s+"
    r"(?:day|date)\s+(?:for\s+it\s+)?myself\b",
    r"\b(?:written|wrote)\s+my\s+own\s+(?:eulogy|obituary|obit)\b[^?]{0,100}?\b(?:will\s+be\s+needed|needed\s+(?:soon|"
    r"before)|before\s+(?:long|advent|christmas|easter|spring|summer|fall|winter)|soon)\b",
    r"\b(?:sat|sitting|sit)\s+on\s+(?:it|the\s+(?:wall|ledge|railing|edge))\s+with\s+my\s+legs\s+(?:over|dangling|"
    r"hanging)\b(?![^.?!]{0,40}\b(?:watching|sunset|view|enjoy\w*|reading|eating|lunch|fishing)\b)"
    r"|\bstanding\s+at\s+the\s+(?:wall|edge|ledge|railing)\b[^.?!]{0,20}?\blonger\s+each\s+(?:day|time|night)\b",
    r"\b(?:car|truck|van|jeep)\b(?![^.?!]{0,60}\b(?:towed|broke|stalled|stuck|shop|repair|crash\w*|accident|hit)\b)"
    r"[^.?!]{0,60}?\bwith\s+me\s+(?:still\s+)?in(?:side)?\s+it\b",
    # With the classifier trained on probe-bb to probe-ee's crisis messages, four tuned probe
    # messages it had caught fell below the floor: making sure I don't wake up after the infusion,
    # not able to make it that long, the last thing before I go through with it, sticky notes
    # saying who gets it after.
    r"\bmake\s+sure\s+i\s+(?:don'?t|do\s+not|never|won'?t)\s+wake\s+up\b(?!\s+(?:during|in\s+the\s+middle|halfway|"
    r"partway|mid|too\s+(?:early|soon)|in\s+pain|confused|scared)\b)",
    r"\b(?:don'?t|do\s+not)\s+think\s+i\s+can\s+make\s+it\s+that\s+long\b(?![^.?!]{0,30}\b(?:without|sitting|in\s+the\s+"
    r"chair|lying|on\s+the\s+(?:road|drive)|drive|driving)\b)",
    r"\b(?:last|final)\s+(?:thing|question|try|stop)\s+before\s+i\s+go\s+through\s+with\s+it\b",
    r"\b(?:(?:sticky\s+)?notes?|labels?|tags?)\s+on\s+(?:everything|all\s+my\s+(?:stuff|things))\s+(?:saying|with)\s+"
    r"who\s+gets\s+(?:it|what|them)\b",
    # After probe-fff (2026-12-06, the session from 22:54 UTC: one calm clause of danger in a practical
    # question; measured held out, 115 of 120): a self-set deadline to feel better "or end it", no long term
    # or no "me" left for the next round, a spot picked and a way to do it, an account not needed after
    # the weekend.
    r"\b(?:feel|get|be)\s+better\s+or\s+(?:end\s+it|i'?m\s+done|that'?s\s+it)\b(?!\s+(?:with|trying)\b)"
    r"|\bgave\s+my\s?self\b[^.?!]{0,60}?\bor\s+end\s+it\b",
    r"\b(?:isn'?t|is\s+not|won'?t\s+be|will\s+not\s+be|ain'?t)\s+(?:going\s+to\s+be\s+|gonna\s+be\s+)?a\s+long\s+"
    r"term\s+for\s+me\b",
    r"\b(?:there\s+)?(?:won'?t|will\s+not|wouldn'?t|isn'?t\s+going\s+to)\s+be\s+(?:a|any)\s+me\b(?!\s+(?:time|day)\b)",
    r"\b(?:spot|place|date|day)\s+(?:picked|chosen)\s+(?:out\s+)?and\s+(?:a|the)\s+(?:way|means)\s+to\s+do\s+it\b",
    r"\bwon'?t\s+be\s+needing\s+(?:it|them|this|that|any\s+of\s+(?:it|this))\s+after\s+(?:(?:this|next)\s+(?:weekend|week)|(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?=\s*(?:$|[.!,;]))",
]
