"""English passive-ideation patterns: language data for :mod:`bot.safety`, re-exported by
:mod:`bot.safety_patterns_en` (kept apart only so each module stays a readable size).

Passive ideation is the wording people use most and classifiers miss most: wishing to be
dead or gone, no reason to live, being a burden, exhaustion with life itself.
"""

from __future__ import annotations

# "... if I was gone / died / wasn't here" (first person).
_EN_GONE = (
    r"(?:(?:was|were)\s+(?:gone|dead|never\s+born|not\s+(?:here|around|alive|in\s+the\s+picture)|"
    r"out\s+of\s+the\s+picture)|"
    r"(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive|born|in\s+the\s+picture)|"
    r"(?:just\s+)?(?:died|disappeared|vanished)|(?:did\s+not|didn'?t)\s+exist|killed\s+my\s?self|"
    r"(?:had\s+)?never\s+(?:been\s+born|existed)|left\s+for\s+good)"
)
# What may follow "can't go on" for it to mean life rather than "go on Monday" / "go on meds".
_EN_GO_ON_CONTEXT = (
    r"(?=\s*(?:$|[.!?,;:\u2026)]|\s(?:like\s+this|any\s?more|any\s+longer|much\s+longer|living|"
    r"with\s+(?:this|life|my\s+life|it\s+all|everything)|another\s+day|for\s+(?:much\s+)?longer|"
    r"without\s+(?:her|him|them)|and\b|i\b|but\b|so\b|though|honestly|please)))"
)

# What may follow "hope I don't wake up" for it to mean waking during a session or feeling unwell
# after one ("... during the infusion", "... nauseous"), not death.
_EN_WAKING_DETAIL = (
    r"(?!\s+(?:during|mid|in\s+the\s+middle|halfway|before|too\s+early|early|groggy|nauseous|nauseated|sick|dizzy|"
    r"sore|confused|hungover|feeling|with\s+a|in\s+pain)\b)"
)

# Passive ideation: wishing to be dead or gone, no reason to live, hopeless exhaustion
# with life, feeling like a burden. Subject-free wherever the wording allows, so "he
# can't go on" is caught as well as "I can't go on".
PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bwish(?:ing|ed)?\s+i\s+(?:was|were)\s+dead",
    r"\bwish(?:ing|ed)?\s+i\s+(?:could\s+)?(?:just\s+)?(?:die|disappear\s+forever)",
    r"\bwish(?:ing|ed)?\s+i\s+(?:'?d\s+been|had\s+been|was|were)\s+(?:dead|never\s+born|gone)",
    r"\bwish(?:ing|ed)?\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:alive|here|born|around)",
    r"\bwish(?:ing|ed)?\s+i(?:'?d|\s+had)?\s+never\s+(?:been\s+born|existed|woke\s+up)\b",
    r"\bwish(?:ing|ed)?\s+i\s+(?:had\s+)?(?:never\s+(?:been\s+born|existed|woke\s+up|wake\s+up)|didn'?t\s+(?:exist|wake\s+up)|"
    r"could\s+(?:just\s+)?(?:stop\s+existing|cease\s+to\s+exist|sleep\s+forever|not\s+wake\s+up))",
    r"\bwish(?:ing|ed)?\s+i\s+could\s+(?:just\s+)?(?:disappear|vanish|fade\s+away)\b(?!\s+(?:into|for|after|during|under)\b)",
    r"\b(?:hope|hoping|pray|praying)\s+(?:that\s+)?i\s+(?:die|don'?t\s+wake\s+up|never\s+wake\s+up|"
    r"won'?t\s+wake\s+up|do\s+not\s+wake\s+up)\b" + _EN_WAKING_DETAIL,
    r"\bbetter\s+off\s+(?:dead|without\s+me)",
    r"\b(?:better|easier|happier|relieved|better\s+place)\s+(?:off\s+)?without\s+me\b",
    r"\bbetter\s+off\s+if\s+i\s+" + _EN_GONE,
    # "it would be easier if I wasn't here", "better for my kids if I was gone", "easier if I just didn't wake up"
    # (not "... for the intake", "... during the infusion").
    r"\b(?:easier|better|simpler)\s+(?:for\s+(?:everyone|everybody|all\s+of\s+(?:us|them)|them|my\s+(?:family|kids|"
    r"children|wife|husband|parents|partner))\s+)?if\s+i\s+(?:just\s+|simply\s+)?(?:"
    + _EN_GONE
    + r"|(?:am|was|were)\s+(?:just\s+)?(?:gone|dead)|(?:didn'?t|did\s+not|never)\s+(?:wake|woke)\s+up)"
    + r"(?!\s+(?:for\s+(?:a|an|the|this|that|my|our)|when|while|during|at|on|in\s+time)\b)",
    # "the only way out is to not be here" (not "the only way out of this debt").
    r"\b(?:only|one|best|easiest)\s+way\s+out\s+(?:is|would\s+be|left\s+is|i\s+(?:see|can\s+see|have))\s+(?:to\s+)?"
    r"(?:not\s+(?:be\s+(?:here|alive|around)|exist|wake\s+up|live)|die|dying|death|end(?:ing)?\s+(?:it|my\s+life|"
    r"things)|kill(?:ing)?\s+my\s?self|suicide)\b",
    r"\b(?:no\s*one|nobody|no\s+body|not\s+(?:a\s+single\s+person|anyone))\s+(?:would|will|'?d|is\s+(?:going|gonna)\s+to|"
    r"gonna|even)\s+(?:even\s+|really\s+)?(?:miss\s+me\b(?!\s+(?:at\s+(?!all\b)|in\s+(?:class|the|my)|during|"
    r"for\s+(?:a|an|the|one|two|few)|from\s+work))|notice\s+if\s+i\s+"
    + _EN_GONE
    + r"|care\s+if\s+i\s+"
    + _EN_GONE
    + r")",
    r"\b(?:if|whether)\s+i\s+(?:live|lived)\s+or\s+(?:die|died)\b",
    r"\bdon'?t\s+care\s+(?:if|whether)\s+i\s+(?:die|live|wake\s+up)\b",
    r"\bwouldn'?t\s+mind\s+(?:dying|not\s+waking\s+up|never\s+waking\s+up|being\s+dead|if\s+i\s+(?:died|didn'?t\s+wake\s+up))\b",
    # "I don't want to live / exist / be alive / wake up / be here anymore" (any person).
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not|didn'?t)\s+(?:want|wanna)\s+(?:to\s+)?(?:live|be\s+alive|exist|"
    r"be\s+(?:around|here)\s+any\s?more|be\s+(?:in|on)\s+this\s+(?:world|earth|planet)|keep\s+(?:living|existing))\b",
    r"(?:don'?t|dont|dnt|do\s+not|doesn'?t|does\s+not|didn'?t)\s+(?:want|wanna)\s+(?:to\s+)?wake\s+up\b(?!\s+(?:groggy|tired|"
    r"during|mid|in\s+the\s+middle|halfway|early|with|feeling|nauseous|sick|dizzy|confused|in\s+pain)\b)",
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:want|wanna)\s+(?:to\s+)?be\s+here\b(?!\s+(?:for|all\s+day|at|in|"
    r"when|while|during|longer|if|overnight|that\s+long|too\s+long|the\s+whole|past|after|before|until|till|on|"
    r"every|each|twice|more|another|alone\s+(?:with|during))\b)",
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:want|wanna)\s+(?:to\s+)?(?:go\s+on|keep\s+going)"
    + _EN_GO_ON_CONTEXT,
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+deserve\s+to\s+(?:live|be\s+alive|exist|be\s+here)\b",
    r"(?<!n't )(?<!not )\b(?:want(?:s|ed)?|wanna|wish(?:es|ing)?|need)\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish|"
    r"fade\s+away|cease\s+to\s+exist|stop\s+existing|not\s+exist|not\s+be\s+(?:here|alive|around)|not\s+wake\s+up|"
    r"be\s+gone\s+(?:forever|for\s+good))\b(?!\s+(?:into|off|in\s+(?:a|my|the|bed)|under|after|during|"
    r"for\s+(?:a|an|the|few|couple|some|\d|one|two|three|several)|from\s+(?:work|social|my\s+(?:job|family\s+for)|"
    r"the\s+(?:office|world\s+for))|to\s+(?:my|the|a)\s+(?:room|bed|couch)|on\s+(?:vacation|a\s+trip|holiday)|"
    r"while|until|till|when)\b)",
    r"\b(?:want|wanna|need)\s+(?:it|everything|this)\s+(?:all\s+)?to\s+(?:end|stop|be\s+over)\s+"
    r"(?:forever|for\s+good|permanently)\b",
    r"\b(?:want|wanna|need)\s+(?:it\s+all|everything)\s+to\s+(?:end|stop|be\s+over)\b(?!\s+(?:after|before|when|at|by)\b)",
    r"\b(?:want|wanna|wish\s+i\s+could|just)\s+(?:to\s+)?(?:go\s+to\s+|fall\s+a)?sleep\s+(?:and\s+stay\s+asleep\s+)?"
    r"(?:forever|for\s+good)\b",
    r"(?<!if i )(?<!if you )(?<!what if )\b(?:go\s+to\s+sleep|fall\s+asleep|sleep|pass\s+out)\s+(?:(?:and|n|&)\s+)?"
    r"(?:never|not)\s+(?:wake\s+up|come\s+back)\b",
    r"\b(?:i'?d|i\s+would)\s+(?:much\s+)?rather\s+(?:be\s+dead|die|not\s+(?:be\s+alive|exist|be\s+here|wake\s+up))\b",
    # "I can't go on", "can't take it anymore".
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t|could\s+not)\s+(?:go\s+on|keep\s+going|carry\s+on|keep\s+living|"
    r"live\s+like\s+this|keep\s+(?:doing|living)\s+(?:this|like\s+this))" + _EN_GO_ON_CONTEXT,
    r"\b(?:can'?t|cannot|can\s+not)\s+(?:take|handle|stand|bear|do|cope\s+with)\s+(?:it|this|life|any\s+of\s+(?:it|this))\s+"
    r"(?:any\s?more|any\s+longer|much\s+longer)\b(?!\s+(?:because|since|due|while|if|when|during|after|before|with|"
    r"cause|cuz|bc|as|now\s+that|per|according|unless|until|till|anyway)\b)",
    r"\b(?:can'?t|cannot|can\s+not)\s+cope\s+(?:any\s?more|any\s+longer)\b",
    # "No point in living", "there's no point anymore", "life is pointless", "nothing to live for".
    r"\bno\s+(?:reason|point|purpose|use)\s+(?:to|in|of)\s+(?:live|living|life|be(?:ing)?\s+(?:alive|here)|"
    r"stay(?:ing)?\s+alive|exist(?:ing)?|wak(?:e|ing)\s+up\b(?!\s+(?:early|for|at|before))|"
    r"(?:go(?:ing)?\s+on|keep(?:ing)?\s+(?:on\s+)?(?:living|going))" + _EN_GO_ON_CONTEXT + r")",
    r"\b(?:don'?t|do\s+not|doesn'?t|does\s+not|can'?t|cannot)\s+see\s+(?:a|any|the)\s+(?:reason|point)\s+(?:to|in|of)\s+"
    r"(?:keep(?:ing)?\s+)?"
    r"(?:living|live|being\s+alive|stay(?:ing)?\s+alive|existing)\b",
    r"\bno\s+reason\s+left\s+to\s+(?:live|keep\s+living|stay\s+alive|be\s+alive)\b",
    r"\bno\s+point\s+(?:any\s?more|any\s+longer)\b(?!\s+(?:in|to|of|doing|getting|paying|taking|trying|going|booking)\b)",
    r"\b(?:there'?s|there\s+is|theres|i\s+see)\s+no\s+point\s+(?:to|in)\s+(?:anything|life|any\s+of\s+(?:this|it))\b",
    r"\bwhat'?s\s+the\s+point\s+(?:of\s+(?:living|life|being\s+alive|going\s+on|anything|it\s+all|existing|"
    r"even\s+(?:living|trying\s+to\s+live))|in\s+(?:living|anything|going\s+on)|any\s?more)\b",
    r"\b(?:my\s+)?(?:life|existence)(?:'?s|\s+(?:is|feels|seems|has\s+become|became))\s+"
    r"(?:so\s+|completely\s+|totally\s+|just\s+|"
    r"really\s+|utterly\s+)?(?:pointless|meaningless|worthless|hopeless|not\s+worth\s+(?:living|it)|over)\b",
    r"\blife\s+(?:isn'?t|is\s+not|ain'?t)\s+worth\s+(?:living|it|the\s+(?:pain|struggle|fight|effort|suffering))\b",
    r"\b(?:my\s+)?life\s+has\s+no\s+(?:meaning|purpose|point|value)\b",
    r"\bwant\s+out\s+of\s+(?:this\s+)?(?:life|world|existence)\b",
    r"\b(?:can'?t\s+stop|keep|always|constantly|been)\s+think(?:ing)?\s+about\s+(?:dying|death|being\s+dead|"
    r"not\s+being\s+here|not\s+existing)\b",
    r"\bthink\s+about\s+(?:dying|death)\s+(?:all\s+the\s+time|constantly|every\s+day|a\s+lot)\b",
    r"\b(?:want|wanna|ready|need|going)\s+to\s+(?:be\s+with|join)\s+(?:my\s+late\s+\w+|(?:my\s+)?\w+(?:\s+\w+)?\s+"
    r"in\s+heaven|(?:him|her|them)\s+(?:in\s+heaven|on\s+the\s+other\s+side))",
    r"\b(?:at|reached|near)\s+the\s+end\s+of\s+my\s+rope\b(?!\s+with\b)",
    r"\b(?:not|isn'?t)\s+worth\s+living\b",
    r"\b(?:everything\s+(?:is\s+|feels\s+|seems\s+)?|it\s+all\s+(?:is|feels|seems)\s+|it'?s\s+all\s+)(?:so\s+|just\s+|"
    r"completely\s+)?(?:pointless|meaningless)\b",
    r"\bnothing\s+matters\s+any\s?more\b",
    r"\b(?:nothing|no\s*one|nobody)\s+(?:left\s+)?to\s+live\s+for\b",
    r"\b(?:no|lost\s+(?:the|my|all)|losing\s+(?:the|my)|lack\s+the)\s+will\s+to\s+live\b",
    r"\bg(?:ive|iving|ave|iven)\s+up\s+on\s+(?:life|living)\b",
    # Tired of being alive, done with life.
    r"\b(?:tired|sick|exhausted|weary)\s+(?:of|from)\s+(?:being\s+alive|existing|life\b|waking\s+up\b(?!\s+(?:at|early|"
    r"in\s+the\s+(?:middle|night)|with|to|feeling|tired|groggy|exhausted|in\s+pain|so|too|before|after|multiple|"
    r"several|twice|\d))|"
    r"living\b(?!\s+(?:with|in\s+pain|on)\b))",
    r"\bdone\s+(?:with\s+(?:life|living|being\s+alive|existing|it\s+all|this\s+world|everything\s+(?:and\s+everyone|"
    r"now|for\s+good))|living)\b",
    r"\b(?:i'?m|i\s+am|(?:i\s+)?feel(?:ing)?\s+like)\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+)?a\s+burden\s+(?:to|on|for)\s+(?:everyone|everybody|"
    r"every\s+one|my\s+(?:family|kids|wife|husband|partner|parents|friends|loved\s+ones)|them|"
    r"the\s+people\s+(?:i\s+love|around\s+me|in\s+my\s+life)|those\s+around\s+me|"
    r"all)\b(?!\s+(?:by|when|because|if|asking|having|making|needing|financially|money|cost)\b)",
    # No reason to stay, no way out, disappearing for good, not being alive to see something.,
    r"\b(?:no|any|zero)\s+(?:reason|point)\s+(?:to|in|for)\s+(?:(?:him|her|them|me)\s+to\s+)?(?:stick(?:ing)?\s+around|stay(?:ing)?\s+(?:alive|around|here)|be(?:ing)?\s+(?:here|alive|around)|keep(?:ing)?\s+going|carry(?:ing)?\s+on|go(?:ing)?\s+on)\b",
    r"\b(?:don'?t|dont|dnt|do\s+not|can'?t|cant|cannot)\s+see\s+(?:a|any)\s+way\s+out\b",
    r"\bburd[eo]n\s+(?:to|on|for)\s+(?:every\s*(?:one|body)|evryone|everyone|my\s+(?:family|wife|husband|kids|parents))\b",
    r"\b(?:wanna|want\s+to|wanting\s+to|i\s+(?:could|would|will|should|'?ll|'?d|just))\s+(?:just\s+)?(?:disappear|dissapear|disapear|vanish)\w*\s+(?:for\s+good|forever|permanently)\b",
    r"\b(?:no\s*one|nobody)\s+(?:would|will|'?d)\s+(?:even\s+|really\s+|ever\s+)?notice\b(?!\s+(?:the|a|my|any|that|it)\b)",
    r"\b(?:won'?t|wont|will\s+not|might\s+not|may\s+not|not\s+sure\s+i'?(?:ll|\s+will)|doubt\s+i'?(?:ll|\s+will))\s+"
    r"(?:even\s+|still\s+)?be\s+(?:alive\b|around\s+(?:much\s+longer|anymore|for\s+long|long\s+enough))",
    # Hopelessness in other words: no way out, no future, wanting not to exist or "out".
    r"\b(?:there'?s|there\s+is|i\s+see|i\s+have|i\s+can\s+see|seeing|see)\s+no\s+(?:other\s+)?way\s+out\b(?!\s+of\b)",
    r"\bno\s+way\s+out\s+for\s+me\b",
    r"\b(?:don'?t|can'?t|do\s+not|cannot)\s+see\s+(?:a|any)\s+future\b(?=\s*(?:$|[.!,;]|\s(?:for\s+(?:me|my\s?self)|"
    r"any\s?more|ahead|at\s+all|left|anymore)\b))",
    r"\bwish(?:ing|ed)?\s+i\s+(?:could\s+)?(?:just\s+)?(?:not\s+exist|stop\s+existing|cease\s+to\s+exist|fade\s+away\s+for\s+good)\b",
    r"\b(?:hopeless|trapped|no\s+hope)\b.*?\b(?:want(?:s)?|need)\s+(?:out|it\s+(?:all\s+)?to\s+(?:stop|end)\s+"
    r"(?:for\s+good|forever|permanently))\b",
    # Hoping or praying not to wake up; sorry to have woken up.
    r"\b(?:hop(?:e|es|ed|ing)|pray(?:s|ed|ing)?)\s+(?:that\s+)?(?:i\s+(?:just\s+|would\s+|'?d\s+)?(?:don'?t|won'?t|"
    r"wouldn'?t|do\s+not|never)|not\s+to|to\s+never|i\s+never)\s+wake\s+up\b" + _EN_WAKING_DETAIL,
    r"\b(?:hop(?:e|es|ed|ing)|pray(?:s|ed|ing)?|wish(?:es|ing)?|want)\s+(?:that\s+)?(?:god|the\s+lord|jesus|death)\s+"
    r"(?:would\s+|will\s+|to\s+)?(?:just\s+)?takes?\s+me\b(?!\s+(?:to|for|on|back|out|shopping|with|along)\b)",
    r"\b(?:disappointed|upset|angry|sad|mad)\s+(?:that\s+)?i\s+(?:woke\s+up|(?:am|'?m)\s+still\s+(?:alive|here|breathing)|"
    r"survived|didn'?t\s+die)\b(?=\s*(?:$|[.!;]|\s(?:alive|at\s+all)\b))",
    r"\b(?:wouldn'?t|would\s+not|don'?t|do\s+not)\s+(?:even\s+|really\s+)?(?:care|mind)\s+(?:if|whether)\s+i\s+"
    r"(?:never\s+(?:woke|wake)\s+up|didn'?t\s+wake\s+up|died|was\s+dead)\b",
    r"\b(?:wish|hope|pray)\w*\s+(?:that\s+)?(?:a\s+(?:car|bus|truck|train)|something|someone|somebody|lightning)\s+"
    r"(?:would|will|could)\s+(?:just\s+)?(?:hit|kill|run\s+(?:me\s+)?over|take|happen\s+to)\s+me\b",
    # Others better off, happier or relieved if I were gone (any wording of the comparison).
    r"\b(?:would|'?d|will|could)\s+(?:all\s+|honestly\s+|really\s+|just\s+)?(?:be\s+)?(?:a\s+lot\s+|so\s+much\s+|much\s+)?"
    r"(?:better\s+off|happier|better|relieved|easier|improve|(?:a\s+)?better\s+place)\s+(?:if\s+i\s+(?:just\s+)?"
    + _EN_GONE
    + r"(?!\s+(?:for|at|during|on|until|till|when|in\s+the|by|to|before|after)\b)|with\s+me\s+(?:gone|dead|"
    r"out\s+of\s+the\s+picture))",
    r"\b(?:would|'?d|will)\s+(?:all\s+|honestly\s+|really\s+|just\s+)?(?:be\s+|get\s+along\s+|manage\s+|do\s+)?"
    r"(?:just\s+)?(?:fine|okay|ok)\s+without\s+me\b"
    r"(?!\s+(?:in|at|for|during|there|driving|on|while|present|coming)\b)",
    # "My family's expected value is higher without me" (probe-oo, 2026-12-05).
    r"\b(?:(?:my\s+)?family'?s?|everyone'?s?|everybody'?s?|the\s+kids'?|my\s+kids'?)\b[^.?!]{0,40}?\b(?:higher|better|"
    r"greater|improves?|better\s+off)\s+without\s+me\b(?!\s+(?:in|at|for|during|there|on|while|present|\w+ing)\b)",
    # ... better off if that bull had finished the job (probe-hh, 2026-12-05).
    r"\b(?:better\s+off|happier|easier|better)\s+if\s+(?:[\w']+\s+){0,5}?(?:had|'d|would\s+have)\s+(?:just\s+)?"
    r"(?:finished\s+(?:the\s+job|me\s+off|me)|killed\s+me|got\s+me)\b",
    r"\b(?:everyone|everybody|they|the\s+world|my\s+family|the\s+family|the\s+kids|my\s+kids|we)\s+(?:would|'?d|will)\s+"
    r"(?:all\s+)?be\s+better\s+off\s*(?:$|[.!,;])",
    r"\b(?:i'?m|i\s+am)\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+)?a\s+burden\s*(?:$|[.!,;])",
    r"\b(?:says?|said|saying|feels?|felt|thinks?|told\s+(?:me|us))\s+(?:that\s+)?(?:he|she|they)(?:'?s|'?re|\s+is|\s+are|"
    r"\s+was|\s+were)\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+)?a\s+burden\b",
    r"\b(?:i'?m|i\s+am|i\s+feel\s+like)\s+(?:just\s+|such\s+|nothing\s+but\s+)?a\s+(?:complete\s+)?waste\s+of\s+"
    r"(?:space|air|oxygen|skin)\b",
    r"\b(?:doing|do)\s+(?:everyone|everybody|them|the\s+world|my\s+family)\s+a\s+fav(?:ou)?r\s+(?:by|if\s+i)\s+"
    r"(?:just\s+)?(?:disappear(?:ing|ed)?|dy(?:ing)|died|leaving\s+for\s+good|(?:being|was)\s+gone|"
    r"(?:not\s+being|wasn'?t)\s+(?:here|around|alive)|ending\s+it|killing\s+my\s?self)\b",
    # What's the point, no future, nothing left, unbearable life.
    r"\bwhat'?s\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:even\s+)?(?:any\s+of\s+(?:this|it)|anything|it\s+all|me)"
    r"(?=\s*(?:$|[.!?,;]|\s(?:any\s?more|honestly|really|at\s+all)\b))",
    r"\b(?:i\s+(?:have|'?ve\s+got)|there'?s|there\s+is)\s+no\s+future\s*(?:for\s+me\b|$|[.!,;])",
    r"\bno\s+light\s+at\s+the\s+end\s+of\s+(?:the|this|my)\s+tunnel\s+(?:for\s+me|any\s?more)\b",
    r"\b(?:there'?s|there\s+is|i\s+have)\s+nothing\s+left\s+for\s+me\s*(?:here|in\s+this\s+(?:world|life))?\s*(?:$|[.!,;])",
    r"\b(?:life|living|existing|being\s+alive)\s+(?:is|feels|seems|has\s+become)\s+(?:so\s+|just\s+|completely\s+)?"
    r"unbearable\b",
    r"\bi\s+(?:don'?t|do\s+not)\s+belong\s+(?:in\s+this\s+world|on\s+this\s+earth|among\s+the\s+living)\b",
    # Waiting to die, should not be alive, death looking attractive, leaving this world.
    r"\b(?:just\s+)?waiting\s+(?:to\s+die|for\s+(?:death|my\s+time|it\s+all\s+to\s+end|the\s+end\b(?!\s+of)))"
    r"(?!\s+(?:of|from)\b)",
    r"\bwhy\s+am\s+i\s+(?:even\s+)?(?:still\s+)?(?:alive|breathing)\b",
    r"\bi\s+(?:shouldn'?t|should\s+not)\s+(?:even\s+|still\s+)?be\s+(?:alive|breathing)\b",
    r"\b(?:i|i\s+really)\s+(?:should(?:'?ve|\s+have)|was\s+supposed\s+to\s+have)\s+died\b(?!\s+(?:of|from|laughing)\b)",
    r"\bnot\s+wanting\s+to\s+(?:live|be\s+alive|exist|wake\s+up\b(?!\s+(?:early|for|at|groggy)))",
    r"\bnot\s+sure\s+(?:if\s+)?i\s+(?:even\s+|still\s+)?want\s+to\s+(?:live|be\s+alive|exist|wake\s+up\s+tomorrow)\b",
    r"\bbe\s+(?:a\s+relief|nice|easier|better|peaceful)\s+to\s+(?:just\s+)?(?:be\s+dead|die|not\s+(?:exist|be\s+alive|"
    r"wake\s+up\b(?!\s+(?:at|early|so|during|in\s+the\s+(?:middle|night)|with|groggy|tired|every|multiple|twice)\b)))\b",
    r"\b(?:death|dying)\s+(?:sounds|seems|feels|looks)\s+(?:so\s+|really\s+|kind\s+of\s+|pretty\s+)?(?:peaceful|nice|good|"
    r"appealing|better|easier|welcome|tempting|like\s+(?:a\s+relief|the\s+only\s+way))\b",
    r"\bleav(?:e|ing)\s+this\s+(?:world|earth|life)\b(?!\s+(?:a\s+)?better\b)",
    r"(?:want|wanna)\s+(?:to\s+)?be\s+gone\b(?=\s*(?:$|[.!,;]|\s(?:forever|for\s+good|already|and|so)\b))",
    r"\b(?:tired|sick|exhausted|weary)\s+of\s+(?:fighting|trying|struggling)\s+to\s+(?:stay|keep)\s+"
    r"(?:alive|living|going)\b",
    r"\b(?:tired|sick|exhausted|weary)\s+of\s+being\s+here\b(?=\s*(?:$|[.!;]|\s(?:any\s?more|on\s+this\s+earth)\b))",
    r"\b(?:don'?t\s+know|idk|dunno|not\s+sure)\s+how\s+(?:much\s+)?long(?:er)?\s+i\s+can\s+(?:keep\s+(?:going|living|"
    r"doing\s+this)|go\s+on|survive|stay\s+alive)" + _EN_GO_ON_CONTEXT,
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:why|how)\s+i\s+(?:should|would|could|can)\s+(?:keep\s+(?:going|"
    r"living|trying)|go\s+on|stay\s+alive|carry\s+on)" + _EN_GO_ON_CONTEXT,
    r"\b(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to)\s+(?:stay|keep\s+my\s?self)\s+alive\b",
    r"\b(?:stay|keep\s+my\s?self)\s+alive\s+(?:much\s+longer|any\s?more|any\s+longer)\b",
    # Third person: wishing to be dead, no one missing them, wanting to join someone who died.
    r"\bwish(?:es|ed)?\s+(?:he|she|they)(?:'?d|\s+(?:was|were|had|could|would))\s+(?:just\s+)?(?:be\s+)?(?:dead|die|gone|"
    r"never\s+(?:been\s+)?born|not\s+(?:exist|alive|here|wake\s+up)|disappear\s+(?:forever|for\s+good)|stop\s+existing|"
    r"sleep\s+forever)\b",
    r"\b(?:no\s*one|nobody)\s+(?:would|will|'?d)\s+(?:even\s+|really\s+)?miss\s+(?:her|him|them)\b(?=\s*(?:$|[.!,;]|"
    r"\s(?:if|anyway|and)\b))",
    r"\b(?:keeps?|kept|been|is|was|always)\s+talking\s+about\s+(?:dying|wanting\s+to\s+die|not\s+being\s+(?:here|around)|"
    r"ending\s+(?:it|things))\b(?!\s+(?:of|from|with|in)\b)",
    r"\b(?:wants?|wanna|ready|needs?|going)\s+to\s+(?:go\s+)?(?:be\s+with|join)\s+(?:my|his|her|their)\s+(?:\w+\s+){1,2}?"
    r"(?:who|that)\s+(?:passed|died|(?:is|are|was|were)\s+gone|didn'?t\s+make\s+it)\b",
    # Soon with someone who died: "gonna go be with my dad soon, he passed in march" (probe-m, 2026-12-05).
    r"\b(?:gonna|going\s+to|ready\s+to|wanna|want\s+to|about\s+to)\s+(?:go\s+)?(?:be\s+with|join)\s+(?:my|him|her)\b"
    r"[^.?!]{0,25}?\bsoon\b[^?]{0,15}?\b(?:he|she|they)\s+(?:passed(?!\s+(?:the|his|her|my|a|an)\b)|died|"
    r"(?:is|was|'s)\s+gone)\b",
]
