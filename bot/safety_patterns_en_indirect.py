"""English self-harm intent said in other words: language data for :mod:`bot.safety`, part of
the self-harm list of :mod:`bot.safety_patterns_en` (kept apart only so each module stays a
readable size).

Widened round by round against the fresh probes of crisis messages in
``eval/crisis-probes.yml`` (2026-12-01 and 2026-12-02), written by people who saw neither the
patterns nor the test lists: urges and relapse, plans, dates and final arrangements, means at
hand, and crisis sentences inside a question about treatment or a contact-form answer ("how
soon does it work, I can't hold on much longer", "email? dont bother ill be gone by monday"). Each pattern keeps its own look-arounds for
the ordinary uses of the same words; ``tests/test_safety.py`` and ``tests/test_crisis_probe.py``
hold the ordinary messages they must not flag.
"""

from __future__ import annotations

from bot.safety_patterns_en_overdose import EN_DRUG, EN_DRUG_NAME

#: Family members, and weekdays, shared with :mod:`bot.safety_patterns_en_hints`.
EN_FAMILY = (
    r"(?:kids|children|parents|family|wife|husband|son|daughter|partner|mom|mum|mother|dad|father|sister|brother)"
)
EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: Firearms, shared with :mod:`bot.safety_patterns_en` and :mod:`bot.safety_patterns_en_warning_signs`.
EN_WEAPON = r"(?:gun|pistol|rifle|shotgun|handgun|firearm|revolver|sidearm|service\s+weapon)s?"


def both_in_message(first: str, second: str) -> str:
    """A pattern that needs both ``first`` and ``second`` anywhere in the message, in either order: a sign that is
    ordinary alone ("gave away his guitar", "my last attempt was in january") is danger beside the other."""
    return rf"^(?=.*(?:{first}))(?=.*(?:{second}))"


#: A weekday, also as typed in a hurry ("after sat", "before thurs").
_EN_DAY = r"(?:" + EN_WEEKDAY + r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
#: After "there won't be a Wednesday for me": a shift, trip or appointment that explains it.
_NO_SCHEDULE_AFTER = (
    r"(?![^.?!]{0,60}\b(?:because|since|cause|bc|cuz|off|vacation|holiday|travel\w*|work\w*|shifts?|schedul\w*|"
    r"appointments?|slots?|open\w*|closed|clinic|office|class(?:es)?|flights?|trip)\b)"
)
#: "... be a Wednesday / a tomorrow / a Christmas for me", with nothing after that explains it.
_A_DAY_FOR_ME = (
    r"\s+an?\s+(?:"
    + EN_WEEKDAY
    + r"|tomorrow|next\s+(?:week|month|year)|christmas|thanksgiving|birthday)\s+for\s+me\b"
    + _NO_SCHEDULE_AFTER
)

INDIRECT_INTENT_PATTERNS: list[str] = [
    # Self-harm urges, relapse and wounds.
    r"\burges?\s+to\s+(?:cut|burn|self[\s-]?harm|hurt\s+my\s?self)\b(?!\s+(?:back|down|costs?|corners|out|"
    r"the\s+(?:cost|price|dose)|my\s+(?:dose|hair|hours|spending|drinking))\b)",
    r"\bcut(?:ting)?\s+(?:way\s+|too\s+)?deep(?:er)?\s+(?:than|this\s+time|again|tonight|last\s+night)\b",
    r"\bcut\w*\b[^.?!]{0,40}?\b(?:won'?t|wont|will\s+not|doesn'?t|does\s+not|can'?t\s+get\s+it\s+to)\s+stop\s+bleeding\b",
    r"\b(?:sh|self[\s-]?harm(?:ing)?)\s+relaps\w*",
    r"\brelaps\w*\s+(?:on|with|into)\s+(?:sh|self[\s-]?harm\w*|cutting|burning)\b",
    r"\b(?:got|get|getting|took|pulled|had)\s+(?:the|my|a)\s+(?:razor|blade)s?\s+out\b",
    r"\bwant(?:ing)?\s+to\s+hurt\s+(?:my|your)\s?self\b",
    # Intent, plans and final arrangements in other words.
    r"\bcheck(?:ing)?\s+out\s+(?:for\s+good|permanently|forever|early|of\s+(?:life|this\s+world))\b",
    r"\b(?:i'?ll|i\s+will|i\s+should|gonna|going\s+to|i\s+might|guess\s+i'?ll)\s+(?:just\s+)?check\s+out\s+instead\b",
    r"\bi'?m\s+(?:just\s+)?ending\s+it\b(?!\s+(?:with|early|there|after\s+(?:this|the|my)\s+(?:session|series|course|"
    r"infusion|appointment))\b)",
    r"\bdone\s+with\s+(?:all\s+(?:of\s+)?)?(?:this|it|everything|life|living)\s+(?:for\s+good|forever|permanently)\b",
    r"\b(?:don'?t|do\s+not)\s+think\s+i\s+can\s+make\s+it\s+(?:through\s+(?:the\s+night|tonight)|to\s+(?:tomorrow|"
    r"the\s+morning|morning)|much\s+longer)\b(?!\s+without\b)",
    r"\b(?:except|but|other\s+than)\s+the\s+permanent\s+one\b",
    r"\bpermanent\s+(?:way\s+out|exit|sleep)\b",
    r"\bbefore\s+i\s+do\s+something\s+(?:i\s+(?:can'?t|cannot|won'?t\s+be\s+able\s+to)\s+(?:take\s+back|undo)|"
    r"permanent|drastic)\b",
    r"\b(?:i\s+guess|guess|then|so)\s+that'?s\s+it\s+for\s+me\b(?!\s*[,.!]?\s*(?:thanks|thank|thx|ty|for\s+(?:now|today)))",
    r"\b(?:last|only)\s+(?:attempt|chance|hope|shot|try|reason)\s+(?:at|of|for)\s+(?:staying|being)\s+alive\b",
    r"\bonly\s+(?:thing|reason|one)\s+(?:keeping|that\s+keeps|that'?s\s+keeping)\s+me\s+(?:alive|here)\b",
    r"\bgarage\b[^.?!]{0,40}?\b(?:engine|motor|car)\s+running\b",
    r"\b(?:engine|motor)\s+running\b[^.?!]{0,40}?\bgarage\b",
    r"\bat\s+once\s+(?:to|and|so\s+(?:i|it)\s+(?:can|could|will))\s+(?:just\s+)?(?:be\s+done|end\s+it|not\s+wake\s+up|"
    r"sleep\s+forever)\b",
    r"\b(?:planning|plan|going|gonna|about|want(?:ing)?|ready)\s+(?:to\s+)?(?:take|swallow|down)\s+(?:everything|"
    r"all\s+(?:of\s+)?(?:it|them))\s+i\s+(?:have|got|'?ve\s+got)\b(?=[^.?!]{0,20}\b(?:tonight|at\s+once|now|today)\b)",
    r"\btonight'?s\s+the\s+night\b(?=\s*(?:$|[.]))",
    r"\b(?:it'?s|its|it\s+is)\s+(?:all\s+)?over\s+for\s+me\b(?!\s+(?:financially|money[\s-]?wise|with\b))",
    r"\bideation\b",
    r"\b(?:have|got|'?ve\s+got)\s+(?:a|the)\s+date\s+(?:picked|set|chosen)\b(?=\s*(?:$|[.!,;]))",
    # A will made because family or a lawyer asked, or after a life event, is planning, not a goodbye.
    r"\b(?:updated|wrote|rewrote|drafted|finished|finalized|sorted)\s+(?:out\s+)?my\s+will\b(?![^.?!]{0,40}\b(?:insisted|lawyer|"
    r"attorney|estate\s+plan\w*|after\s+(?:the\s+|my\s+)?(?:divorce|wedding|baby|marriage|grandkid\w*)|new\s+baby)\b)",
    r"\bfound\s+(?:a\s+)?(?:new\s+)?homes?\s+for\s+(?:my|the)\s+(?:dog|dogs|cat|cats|pets?)\b"
    r"(?!\s+(?:while|during|for\s+the\s+(?:week|weekend|retreat|day)))",
    r"\bhow\s+many\s+(?:of\s+)?(?:my\s+)?"
    + EN_DRUG
    + r"\s+(?:it\s+)?would\s+(?:it\s+)?take\b(?!\s+to\s+(?:work|help|feel))",
    r"\bpain\s+to\s+stop\b[^?]{0,20}?\b(?:permanently|for\s+good|forever)\b",
    r"\b(?:rather|prefer\s+to)\s+be\s+dead\s+than\s+(?:keep\s+)?(?:living|live|go\s+on|feel)",
    r"\bthinking\s+about\s+how\s+i'?d\s+do\s+it\b",
    r"\bmaking\s+(?:my\s+)?(?:final\s+)?arrangements\b(?!\s+(?:for|to|with)\b)",
    r"\bctb\b",
    r"\b22\s+a\s+day\b[^.?!]{0,40}?\b(?:i'?m|i\s+am|me)\b",
    r"\bwhoever\s+finds\s+me\b",
    r"\bwhich\s+(?:beam|rafter|branch|pipe)\b[^.?!]{0,30}?\bwould\s+hold\b",
    r"\b(?:if|when)\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:in\s+the\s+picture|around\s+any\s?more|"
    r"alive|here\s+any\s?more)\b",
    r"\b(?:going|heading|driving|walking)\s+(?:to|out\s+to)\s+the\s+bridge\b(?!\s+(?:club|game|tournament|night))",
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:the|a|any)\s+point\s+(?:in|of)\s+(?:going\s+on|living|being\s+alive|"
    r"carrying\s+on|staying\s+alive|life|existing)\b",
    r"\bdone\b\W+(?:with\s+)?(?:everything|it\s+all|all\s+of\s+it|life)\W+for\s+good\b",
    r"\b(?:don'?t|do\s+not)\s+want\s+to\s+be\s+a\s+(?:problem|burden|bother)\s+(?:to|for)\s+(?:anyone|anybody|everyone|"
    r"you\s+all|my\s+family)\s+(?:much\s+longer|any\s?more|any\s+longer)\b",
    r"\bhow\s+easy\s+it\s+would\s+be\b(?=\s*(?:$|[.!]|\s+to\s+(?:just\s+)?(?:jump|end|die|let\s+go|fall|step|drive|go)\b))",
    # Crisis inside a question about treatment; means, plans and goodbyes.
    r"\bcan'?t\s+hold\s+on\s+(?:much\s+)?(?:longer|any\s?more)\b",
    r"\b(?:not\s+sure|(?:don'?t|dont|do\s+not)\s+know|idk)\s+(?:if\s+|whether\s+)?i'?(?:ll|\s+will)\s+(?:still\s+)?be\s+"
    r"(?:here|around|alive)\b(?!\s+(?:for|at|when|to\s+(?:pick|answer|get|sign)|in\s+(?:town|the\s+(?:area|state|country|city)))\b)",
    r"\bto\s+the\s+bridge\s+again\b",
    r"\b(?:sat|sitting|sit|lay|lying|laying)\b[^.?!]{0,40}?\bwith\s+(?:a|the|my)\s+(?:razor|blade|knife|rope|noose|gun|pistol)\b",
    r"\bhopefully\s+(?:not|never|don'?t|won'?t)\s+wake\s+up\b",
    r"\b(?:lethal|fatal|deadly)\s+(?:dose|amount)\b[^?]*\?\s*[^.?!]{0,60}?\bi\s+(?:have|got|'?ve\s+got|keep)\b",
    r"\b(?:googl\w*|look(?:ing|ed)?\s+up|search\w*|research\w*)\s+how\s+(?:many|much)\s+(?:of\s+)?(?:my\s+)?(?:\w+\s+)?"
    + EN_DRUG
    + r"\s+(?:it\s+)?(?:takes?|would\s+take|to\s+take)\b",
    r"\b(?:i'?m|im|i\s+am)\s+(?:\w+\s+){0,2}?(?:permanently\s+out|out\s+permanently)\b",
    r"\b(?:picturing|imagining|planning|thinking\s+about)\s+my\s+(?:own\s+)?funeral\b",
    r"\bif\s+i'?m\s+(?:gone|dead|no\s+longer\s+(?:here|around|alive))\s+(?:by|before)\b",
    r"\bgo\s+out\s+(?:peacefully|quietly|painlessly)\b",
    r"\bpainless\s+to\s+(?:go\s+out|die|overdose|end\s+it)\b",
    r"\b(?:already\s+)?said\s+(?:my\s+)?goodbyes?\s+to\s+my\s+(?:dog|cat|pets?)\b",
    r"\bnot\s+be\s+around\b[^.?!]{0,60}?\bif\s+you\s+know\s+what\s+i\s+mean\b",
    r"\b(?:easier|better)\s+(?:to\s+)?not\s+(?:exist|be\s+alive|be\s+here|be\s+around)\b",
    r"\bstop\s+existing\b",
    r"\b(?:active|passive)\s+si\b",
    r"\bsi\s+with\s+(?:a\s+)?plan\b",
    r"\bplan\s+and\s+intent\b",
    r"\bnot\s+safe\s+tonight\b",
    r"\bif\s+you\s+(?:don'?t|do\s+not)\s+hear\s+from\s+(?:me|him|her|them)\b[^.?!]{0,40}?\byou\s+know\s+why\b",
    # A fourth round, against probe-d.
    r"\b(?:keep|kept|been|i'?m|am)\s+(?:looking|staring)\s+at\s+(?:the|my|his|her|dad'?s)\s+(?:gun|pistol|rifle|shotgun|"
    r"handgun|firearm|revolver|sidearm)s?\b",
    r"\b(?:standing|stand|stood|leaned|leaning|lean)\s+(?:at|on|near|over)\s+the\s+edge\s+of\s+the\s+(?:train\s+|subway\s+)?"
    r"platform\b",
    r"\bsee\s+you\s+on\s+the\s+other\s+side\b(?!\s+of\b)",
    r"\bswerv(?:e|ing|ed)\s+into\s+(?:a|the|an|oncoming)\s+(?:semi|truck|traffic|tree|wall|bus|pole|lane)\b",
    r"\b(?:take|took|taking|swallow(?:ed|ing)?)\s+\d{2,}\s+(?:of\s+(?:my|the)\s+)?" + EN_DRUG + r"\b",
    r"\b(?:\d{2,}|a\s+dozen|a\s+handful|a\s+bunch)\s+of\s+(?:my|the|his|her)\s+" + EN_DRUG + r"\b"
    r"(?=[^.?!]{0,60}\b(?:feel(?:ing)?\s+(?:really\s+)?(?:weird|strange|dizzy|sick|sleepy)|can'?t|already|ago|now|tonight)\b)",
    r"\bplanning\s+(?:my|their|his|her)\s+exit\b(?!\s+(?:from|strategy|plan)\b)",
    r"\bthe\s+date\s+is\s+set\b(?=\s*(?:$|[.!]))",
    r"\bhold(?:ing)?\s+my\s+head\s+under\s+(?:the\s+)?(?:bath)?water\b",
    r"\bplan\s+b\b[^.?!]{0,30}?\b(?:bridge|gun|pills|rope)\b",
    r"\bdrop(?:ping)?\s+out\s+of\s+life\b",
    r"\b(?:tallest|highest)\s+bridge\b|\bbridge\b[^.?!]{0,20}?\bis\s+the\s+(?:tallest|highest)\b",
    # A fifth round, against probe-f: gone by a day, after I'm gone, ending it by my own hand,
    # a lethal amount for my own weight or what would stop a heart.
    r"\b(?:i'?ll|ill|i\s+will)\s+(?:already\s+|probably\s+|likely\s+)?be\s+(?:gone|dead)\s+(?:by|before)\b"
    r"(?![^.?!]{0,40}\b(?:trip|vacation|holiday|travel\w*|flight|business|work|conference|reschedul\w*|out\s+of\s+town)\b)",
    r"\b(?:after|once|when)\s+(?:i'?m|im|i\s+am)\s+(?:gone|dead)\b(?!\s+(?:for|on|from|to)\b)",
    r"\b(?:end|finish)\s+(?:it|this|things|everything|it\s+all)\s+(?:by\s+)?my\s?self\b",
    r"\b(?:lethal|fatal|deadly|kill(?:s|ing)?)\b[^.?!]{0,60}?\b(?:i'?m|im|i\s+am|i\s+weigh)\s+(?:like\s+|about\s+|around\s+|only\s+)?"
    r"\d{2,3}\s*(?:kg|kgs|kilos?|lbs?|pounds)\b"
    # ...and across a question mark when the question names a weight: "would kill a 120 lb woman? i'm 120 lb" (probe-ggg).
    r"|\b(?:kill|be\s+(?:fatal|lethal)\s+(?:for|to))\s+(?:a|an|someone)\s+\d{2,3}\s*(?:lbs?|pounds|kg)\b[^?]{0,60}\?\s*"
    r"(?:i'?m|i\s+am|im)\s+\d{2,3}\b",
    r"\b(?:how\s+(?:much|many)\b[^.?!]{0,50}?|(?:amount|dose)\s+of\s+\w+\s+(?:that\s+)?)"
    r"\b(?:would|to|will|it\s+take\s+to)\s+stop\s+(?:(?:a|my|someone'?s|your)\s+)?(?:heart|breathing)\b",
    # A sixth round, after probe-g was measured held out (it is tuned on since): a date set, a
    # deadline given to myself, pills saved up, hidden self-harm marks, what might have kept me
    # alive, nobody answering after tonight, others better off with the life insurance.
    r"\bi(?:'?ve|\s+have)?\s+(?:already\s+)?(?:set|picked|chose|chosen)\s+a\s+date\b(?!\s+(?:for|with|to\s+(?:start|begin|book)|on\s+the\s+calendar)\b)",
    # probe-ccc (mid-conversation turns, 2026-12-06): a will drafted and a date selected, in one breath.
    r"\b(?:drafted|wrote|made|written|signed|finished)\s+(?:a|my)\s+will\s+and\s+(?:have\s+)?(?:set|picked|chose|chosen|selected)"
    r"\s+a\s+date\b(?!\s+(?:for|with|to\s+(?:start|begin|book))\b)",
    r"\bgiven\s+my\s?self\s+(?:until|till|til)\s+\w+(?=\s*(?:$|[.!,;]))",
    r"\b(?:been\s+)?(?:saving|stockpiling|hoarding|stashing)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?(?:my|his|her)\s+(?:\w+\s+)?"
    + EN_DRUG
    + r"\b(?!\s+for\s+(?:the|my|a|when)\b)",
    r"\b(?:hid(?:e|ing)|cover(?:ing)?\s+up)\s+(?:my\s+|the\s+)?(?:cuts|scars|burns|self[\s-]?harm)\b"
    r"|\b(?:cuts|marks|scars|burns)\s+i'?m\s+(?:hiding|covering)\b",
    r"\b(?:priced|pushed|forced)\s+me\s+out\s+of\s+(?:living|life|being\s+alive)\b",
    r"\b(?:might|would|could)\s+have\s+kept\s+me\s+(?:here|alive|around)\b",
    r"\b(?:no\s+one|nobody|noone)\s+(?:will|'?ll|is\s+going\s+to|gonna)\s+(?:pick\s+up|answer|be\s+(?:here|there|around))\b"
    r"[^.?!]{0,20}?\bafter\s+(?:tonight|today|this\s+weekend|tomorrow)\b",
    r"\bbetter\s+off\s+with\s+(?:the\s+|my\s+)?life\s+insurance\b",
    # A seventh round, after probe-k (medicines) was measured held out (it is tuned on since): the
    # lethal dose of another medicine (ketamine's own stays a safety question), and hoping a dose
    # would stop my breathing.
    r"\b(?:lethal|fatal|deadly)\s+(?:dose|amount|quantity)\s+of\s+"
    r"(?!(?:ketamine|esketamine|spravato|k|it|this|that|the\s+(?:drug|medicine|spray|infusion))\b)\w+",
    r"\bstop\s+my\s+(?:heart|breathing)\b\W{0,3}\s*(?:that'?s|thats|which\s+is)\s+"
    r"(?:kind\s+of\s+|sort\s+of\s+|kinda\s+|exactly\s+|honestly\s+)?what\s+i'?m\s+(?:hoping|going|looking)\s+for\b",
    r"\b(?:hoping|i\s+hope|i\s+want|i\s+wish)\s+(?:it|they|(?:this|that|the|my)(?:\s+\w+)?)\s+(?:would|will|'?ll|could)\s+"
    r"stop\s+my\s+(?:heart|breathing)\b",
    # An eighth round, after probe-l was measured held out (it is tuned on since): days left, wanting
    # the treatment to be dangerous, wishing to have come home from war in a coffin, knowing what
    # would be enough and fearing it.
    r"\bi\s+(?:barely|hardly)\s+have\s+(?:days|hours)\b(?!\s+(?:off|of|to|for|before|until|left\s+(?:on|of|in\s+(?!me\b)))\b)",
    r"\bi\s+(?:want|hope|need)\s+(?:it|them|this|that)\s+to\s+be\s+(?:dangerous|deadly|lethal|fatal)\b",
    r"\b(?:dangerous|deadly|lethal|fatal|harmful)\b[^.?!]*\?\s*[^.?!]{0,30}?\b(?:i\s+|part\s+of\s+me\s+)?"
    r"(?:(?:kinda|kind\s+of|sort\s+of|honestly|secretly|lowkey|almost|partly)\s+)?(?:want|wants|hope|hoping|need)\s+it\s+to"
    r"(?:\s+be)?(?=\s*(?:$|[.!]))",
    r"\b(?:wish(?:ed)?\s+(?:i'?d|i\s+had|i)|should(?:\s+have|\s*'?ve)|shoulda)\s+(?:come|came)\s+(?:back|home)\s+"
    r"(?:under\s+a\s+flag|in\s+a\s+(?:box|body\s?bag|casket|coffin))\b",
    r"\bi\s+know\s+(?:exactly\s+)?(?:what|how\s+much)\s+(?:to\s+take|would\s+(?:do\s+it|be\s+enough|kill\s+me))\b"
    r"[^?]{0,60}?\b(?:scares?|scary|scared|frighten\w*|terrif\w*)\b",
    r"\bi\s+know\s+(?:exactly\s+)?how\s+much\s+would\s+(?:be\s+enough|do\s+it|kill\s+me)\b"
    r"(?!\s+to\s+(?:cover|pay|get|afford|qualify|help|work)\b)",
    # A ninth round, after probe-m was measured held out (it is tuned on since): a stash of a
    # medicine kept for when I finally decide.
    r"\b(?:stash|stockpile|supply|extras?|spares?|sav(?:e|ed|ing)\s+(?:up\s+)?(?:(?:some|all|a\s+few|a\s+bunch)\s+"
    r"(?:of\s+)?)?(?:my\s+|the\s+|his\s+|her\s+)?(?:them|it|these|those|" + EN_DRUG + r"))\b[^.?!]{0,40}?"
    r"\bfor\s+(?:when|the\s+day)\s+i\s+(?:finally\s+)?decide\b(?=\s*(?:$|[.!,]))",
    # A tenth round, after probe-n was measured held out (it is tuned on since): thinking of
    # steering into the median, the lethal dose "asking for me" (and, after probe-o, working by a day
    # "or there's no point").
    r"\b(?:think(?:s|ing)?|thought|imagin(?:e|ing|ed)|urges?|tempted|fantasi[sz](?:e|ing|ed))\s+(?:about\s+|of\s+|to\s+)?"
    r"(?:just\s+)?(?:steer(?:ing)?|swerv(?:e|ing)|veer(?:ing)?|driv(?:e|ing)|jerk(?:ing)?\s+the\s+wheel)\s+"
    r"(?:(?:my|the)\s+(?:car|truck|van)\s+)?(?:straight\s+)?(?:into|off)\s+(?:the\s+|a\s+|an\s+)?(?:oncoming\s+)?"
    r"(?:median|guard\s?rail|barrier|divider|overpass|pillar|semi|truck|traffic|tree|wall|pole|bridge|embankment|"
    r"cliff|river|lake|ditch)\b",
    r"\b(?:lethal|fatal|deadly)\b[^.?!]{0,80}?\basking\s+for\s+(?:me|my\s?self)\b",
    r"\b(?:work|help|kick\s+in)\s+by\s+(?:this\s+|next\s+)?(?:" + EN_WEEKDAY + r"|"
    r"tomorrow|tonight|the\s+weekend|weekend|next\s+week|then)\s+or\s+(?:else\s+)?(?:there'?s|theres|there\s+is)\s+"
    r"no\s+point\b",
    # An eleventh round, after probe-q was measured held out (it is tuned on since): no point in
    # showing up "or anything anymore", a life-insurance payout as the way out, letters written and
    # a day picked, a medicine at work to use on myself.
    r"\b(?:don'?t|dont|do\s+not|can'?t|cannot)\s+see\s+(?:the|a|any)\s+point\s+(?:in|of)\s+(?:[\w']+\s+){0,6}?"
    r"anything\s+(?:else\s+)?any\s?more\b",
    r"\b(?:only|one|best)\s+way\s+out\b[^.?!]{0,30}?\b(?:(?:the|my)\s+)?(?:life\s+insurance|(?:insurance\s+)?policy\s+"
    r"pay\s?out|pay\s?out\s+(?:from|of)\s+(?:the|my)\s+(?:life\s+insurance|policy))\b",
    r"\b(?:written|wrote|writing)\s+(?:the|my|all\s+the)\s+(?:goodbye\s+|last\s+|final\s+)?letters\b"
    r"[^.?!]{0,40}?\b(?:picked|chose|chosen|set)\s+(?:the|a)\s+(?:date|day|weekend|night)\b(?!\s+(?:for|of)\b)",
    r"\baccess\s+to\s+[^.?!]{0,60}?\b(?:think\w*|thought|tempted|urges?|want\w*)\s+(?:[\w']+\s+){0,3}?(?:about\s+|of\s+)?"
    r"(?:using|use)\s+(?:it|them|some)\s+on\s+my\s?self\b",
    # A twelfth round, after probe-r was measured held out (it is tuned on since): letters to my
    # family drafted or written with a week given, staying late "thinking about not leaving", a
    # parent's pills brought "so she can be done with it", how he or she would do it figured out,
    # a pet's records handed over "in case", pills saved as a backup plan.
    r"\bletters?\s+to\s+my\s+" + EN_FAMILY + r"(?:\s+and\s+(?:my\s+)?" + EN_FAMILY + r")?\s+(?:are\s+|is\s+)?"
    r"(?:drafted|written|done|ready|finished|sealed)\b",
    r"\b(?:written|wrote|drafted)\s+(?:a\s+|the\s+|my\s+)?letters?\s+to\s+my\s+\w+[^.?!]{0,40}?\bgiving\s+"
    r"(?:this|it|treatment|ketamine|my\s?self)\s+(?:one|a|two|three|1|2|3)\s+(?:more\s+)?(?:days?|weeks?|months?)\b",
    r"\bthinking\s+(?:about|of)\s+not\s+(?:leaving|going\s+home|waking\s+up|coming\s+(?:back|home|out))"
    r"(?=\s*(?:$|[.!;]))",
    r"\bso\s+(?:she|he|they|i)\s+can\s+['\"]?be\s+done\s+with\s+(?:it|it\s+all|everything|life)\b"
    r"(?=\s*['\"]?\s*(?:$|[.!,;]))",
    r"\b(?:(?:figured|worked|thought)\s+out|planning|plann?ed|plan)\s+how\s+(?:she|he|they|i)(?:'d|\s+would|'ll|\s+will)\s+"
    r"do\s+it\b"
    r"(?!\s+(?:financially|with|if|on|for|without|better|differently)\b)",
    r"\b(?:my\s+)?(?:dog|cat|pet)(?:'s|s'?)?\s+(?:\w+\s+){0,3}?(?:vet\s+records|feeding\s+schedule|meds)\b[^.?!]{0,50}?"
    r"\bin\s+case\s*(?:$|[.!])",
    r"\b(?:(?:\d+|a\s+(?:bunch|handful|stash|pile|lot))\s+(?:of\s+)?(?:my\s+|the\s+)?(?:old\s+|leftover\s+)?\w+|"
    + EN_DRUG
    + r")\s+(?:saved|stashed|stockpiled|kept|hoarded|put\s+away)\s+(?:up\s+)?as\s+(?:my\s+|a\s+)?(?:back\s?-?up\s+plan|"
    r"plan\s+b|exit\s+plan|way\s+out|last\s+resort)\b",
    # A thirteenth round, after probe-s was measured held out (it is tuned on since): waiting for my
    # heart to stop, hoping not to come back from a k-hole (not waking up: the passive list has it),
    # stopping eating until she dies, how many of another medicine is fatal (ketamine's own stays a
    # safety question).
    r"\bwait(?:ing)?\s+for\s+my\s+heart\s+to\s+(?:stop|give\s+out)\b",
    r"\bhoping\s+(?:that\s+)?i\s+(?:just\s+)?(?:don'?t|won'?t|never)\s+come\s+back\b"
    r"(?=\s*(?:$|[.!,;]|\s(?:from|out\s+of|this\s+time|one\s+day)\b))",
    r"\bstop\s+eating\b[^.?!]{0,40}?\buntil\s+(?:she|he|they|i)\s+(?:dies|die|starves?|(?:is|am|are)\s+dead)\b",
    r"\bhow\s+(?:many|much)\s+(?!(?:ketamine|esketamine|spravato|k)\b)(?:of\s+(?:my|the|these|those)\s+)?(?:"
    + EN_DRUG
    + r"|"
    + EN_DRUG_NAME
    + r")\s+(?:\w+\s+)?(?:is|are|would\s+be|will\s+be)\s+(?:fatal|lethal|deadly|"
    r"enough\s+to\s+die)\b",
    # A fourteenth round, after probe-t was measured held out (it is tuned on since): starting to
    # understand why a parent did it, the water looking inviting, how long until someone finds you,
    # the tallest building with roof access, needing only one night's worth.
    r"\b(?:did\s+it|took\s+(?:his|her|their)\s+(?:own\s+)?life|killed\s+(?:him|her|them)sel(?:f|ves))\b[^.?!]{0,60}?"
    r"\b(?:starting|beginning)\s+to\s+(?:get|understand|see)\s+why\b(?=\s*(?:$|[.!,;]|\s(?:now|honestly|though)\b))",
    r"\b(?:water|river|lake|ocean|sea|drop|edge|tracks|rails)\s+(?:looks?|is\s+looking|looked)\s+(?:real\s+|really\s+|so\s+|"
    r"pretty\s+|more\s+and\s+more\s+|awful(?:ly)?\s+)?(?:inviting|tempting)\b(?![^.?!]{0,40}\b(?:swim\w*|summer|beach|vacation)\b)",
    r"\bhow\s+long\s+(?:until|till|til|before)\s+(?:someone|anyone|somebody|they|people)\s+(?:finds?|would\s+find|will\s+find)\s+"
    r"(?:you|me|my\s+body|the\s+body|a\s+body)\b(?=\s*(?:$|[.!?,;]|\s(?:if|after|when|once)\b))",
    r"\b(?:tallest|highest)\s+(?:building|bridge|parking\s+(?:garage|deck)|structure|tower)\b[^.?!]{0,40}?\b(?:roof\s+access|"
    r"access\s+to\s+the\s+roof|get\s+(?:up\s+)?(?:on|onto)\s+the\s+roof|no\s+(?:fence|railing))\b",
    r"\b(?:i'?d|i\s+would|i)\s+only\s+need\s+(?:one|a\s+single|1)\s+night'?s?\s+worth\b(?=\s*(?:$|[.!?,;]))",
    # A fifteenth round, after probe-u was measured held out (it is tuned on since): a leg over the
    # railing, or standing on the wrong side of it.
    r"\b(?:(?:one|a|my)\s+leg|one\s+foot|a\s+foot)\s+(?:over|past)\s+(?:the|a|this|that)\s+(?:balcony\s+|bridge\s+|"
    r"roof\s+)?(?:railing|rail|ledge|edge|guard\s?rail|barrier|parapet)\b",
    r"\b(?:on\s+the\s+(?:wrong|other|outside)\s+side\s+of|climbed\s+(?:over|past))\s+(?:the|a|this|that)\s+"
    r"(?:balcony\s+|bridge\s+|roof\s+)?(?:railing|guard\s?rail|barrier|parapet)\b"
    r"(?![^.?!]{0,40}\b(?:to\s+(?:get|grab|reach|fetch)|photo|picture|selfie|view)\b)",
    # A sixteenth round, after probe-v was measured held out (it is tuned on since): searches for
    # how long bleeding out takes, and a bridge or building tall enough.
    r"\bhow\s+(?:long|fast|quick(?:ly)?|much\s+time)\s+(?:does\s+it\s+take\s+|would\s+it\s+take\s+|it\s+takes\s+)?"
    r"(?:until\s+you\s+|till\s+you\s+|to\s+|do\s+you\s+)?bleed\s+out\b",
    r"\b(?:bridges?|buildings?|cliffs?|overpass(?:es)?|parking\s+(?:garages?|decks?)|roofs?|towers?)\b[^.?!]{0,20}?"
    r"\b(?:tall|high)\s+enough\b(?=\s*(?:$|[.!?,;]|\s+to\s+(?:die|kill|not\s+survive|be\s+sure|do\s+it|end\s+it)\b))",
    # A twenty-fourth round, after probe-hh was measured held out (it is tuned on since): a death or
    # departure "by my own hand", and a relapse that would "speed things up", fine with that.
    r"\b(?:die|dying|death|dead|departure|depart\w*|gone|exit|end(?:ing)?\s+(?:it|my\s+life|things|everything)|"
    r"leav(?:e|ing)\s+(?:this|the)\s+(?:world|life|earth))\b[^.?!]{0,60}?\bby\s+my\s+own\s+hands?\b",
    r"\b(?:relapse|relapsing|overdose|using\s+again|drinking\s+again)\b[^.?!]{0,40}?\b(?:speed|hurry)\s+(?:things|it|"
    r"this|the\s+end|everything)\s+(?:up|along)\b[^.?!]{0,20}?\b(?:i'?m|im|i\s+am)\s+(?:totally\s+|honestly\s+|"
    r"perfectly\s+|completely\s+)?(?:fine|ok|okay|good|cool|at\s+peace)\s+with\s+(?:that|it)\b",
    # A twenty-fifth round, after probe-jj (it is tuned on since): calm now that how and when are decided.
    r"\b(?:decided|figured\s+out|worked\s+out|planned|settled\s+on)\s+(?:exactly\s+)?(?:on\s+)?(?:how\s+and\s+when|"
    r"when\s+and\s+how)\b(?!\s+(?:to\s+(?:start|begin|book|tell|pay|do\s+(?:the|my|ketamine|treatment|therapy|"
    r"infusions?|sessions?))|i'?(?:ll|m\s+going\s+to)\s+(?:start|begin|book|tell|pay))\b)",
    # A twenty-sixth round, after probe-ll (it is tuned on since): a death made to look like an accident
    # so the insurance pays the family, a respawn timer in real life, the odds of still being here.
    r"\b(?:count(?:ed|s)?|looks?\s+like|ruled|considered|classed)\s+(?:as\s+)?(?:an?\s+)?accident\b(?:[^?]{0,20}\?)?[^?]{0,90}?"
    r"\binsurance\b[^?]{0,50}?\bpay\s+(?:out\s+)?(?:to\s+)?(?:my\s+)?(?:family|wife|husband|kids|children|daughter|son)\b"
    r"(?!'s|\s+(?:bills?|hospital|medical|doctors?|er)\b)",
    r"\brespawn\w*\b[^.?!]{0,20}?\b(?:irl|in\s+real\s+life|real\s+life)\b",
    r"\b(?:p\s*\(\s*|odds\s+(?:that\s+|of\s+)?|chances?\s+(?:that\s+|of\s+)?)(?:i'?m\s+|me\s+|i\s+am\s+|being\s+)?"
    r"still\s+(?:here|alive|around)\b(?!\s+(?:at|in|on|for|with|after|when|by\s+\d)\b)"
    r"(?=[^.?!]{0,40}\b(?:low|slim|small|tiny|zero|tbh|honestly)\b)",
    # A twenty-seventh round, after probe-mm was measured held out (it is tuned on since): the animals
    # fed by somebody else after a day, with no trip or stay to explain it ("I have set a date" is in
    # the sixth round's pattern, which now reads "I've" and "I have" too).
    r"\b(?:horses?|dogs?|cats?|animals?|cattle|cows|chickens|pets?|goats|sheep)\s+(?:will|'ll|are\s+going\s+to|gonna)\s+"
    r"(?:be\s+)?(?:fed|looked\s+after|taken\s+care\s+of|cared\s+for)\s+by\s+(?:somebody|someone)\s+else\s+"
    r"(?:after|from|starting|come)\b(?![^.?!]{0,80}\b(?:because|while|since|cause|bc|cuz|during|vacation|trip|"
    r"travel\w*|away|hospital|surgery|treatment|infusions?|sessions?|visit\w*)\b)",
    # A twenty-eighth round, after probe-nn (tuned on since): the best time to reach me "soon, real soon".
    r"\bbest\s+time\s+to\s+(?:reach|call|contact|text)\s+(?:me\s+)?(?:is\s+)?soon[,.!]?\s+(?:real|really|very)\s+soon\b",
    # A twenty-ninth round, after probe-oo was measured held out (tuned on since): not expecting to be
    # here for the whole series, with no move or job to explain it.
    r"\b(?:do\s+not|don'?t|dont)\s+expect\s+to\s+(?:still\s+)?be\s+(?:here|around|alive)\b"
    r"(?![^.?!]{0,60}\b(?:because|since|cause|bc|moving|move|relocat\w*|deploy\w*|travel\w*|transfer\w*|school|job|"
    r"work|town|state|country|area|city|lease|visa)\b)",
    # A thirtieth round, after probe-pp (tuned on since): not knowing whether there will be a Wednesday
    # for me, with no schedule, trip or shift to explain it.
    r"\b(?:(?:(?:don'?t|do\s+not|dont)\s+know|not\s+sure|unsure|no\s+idea)\s+(?:if|whether)|doubt)\s+there(?:'ll|\s+will|"
    r"'?s\s+going\s+to|\s+is\s+going\s+to)?\s+(?:even\s+)?be" + _A_DAY_FOR_ME,
    r"\bthere\s+(?:won'?t|will\s+not|isn'?t\s+going\s+to|may\s+not|might\s+not)\s+be" + _A_DAY_FOR_ME,
    # A thirty-first round, after probe-rr (tuned on since): payments that won't matter because they
    # would stop after next month anyway; the void calling and me picking up; F in chat for me in a
    # couple of days; hanging out "(literally)" soon; the friend who found me last time after I tried.
    r"\b(?:won'?t|wouldn'?t|doesn'?t|does\s+not|will\s+not)\s+matter\b[^?]{0,40}?\b(?:payments?|installments?|bills?)\s+"
    r"(?:would|will|'ll|are\s+(?:gonna|going\s+to))\s+(?:just\s+)?(?:stop|end)\b[^.?!]{0,40}?\banyway\b"
    r"(?![^.?!]{0,40}\b(?:because|since|cause|bc|cuz|moving|move|cancel\w*|paid\s+off|switch\w*)\b)",
    r"\bthe\s+void\s+(?:is\s+)?(?:calling|calls)\b[^.?!]{0,30}?\b(?:i'?m|im|i\s+am|gonna|going\s+to)\s+(?:finally\s+)?"
    r"(?:picking\s+up|answering|answer|pick\s+up)\b",
    r"\bf\s+in\s+(?:the\s+)?chat\s+for\s+me\s+(?:in\s+a\s+(?:couple|few)\s+(?:of\s+)?days|soon|tomorrow|tonight|this\s+"
    r"(?:weekend|week)|by\s+" + EN_WEEKDAY + r")\b(?![^.?!]{0,60}\b(?:exams?|tests?|finals?|quiz|interview|dentist|"
    r"deadline|presentation|shift|work|surgery|wisdom\s+teeth|boss|raid|match|game)\b)",
    r"\bhang(?:ing)?\s+out\s*\(\s*(?:literally|lit(?:erally)?\s+speaking|not\s+a\s+joke)\s*\)"
    r"(?![^.?!]{0,40}\b(?:climb\w*|hammock|bats?|gym|rope\s+course|monkey\s+bars|zip\s?line)\b)",
    r"\b(?:found|find)\s+me\s+(?:the\s+)?(?:last\s+time|that\s+time|before)\s+(?:after|when)\s+i\s+tried\b",
    # A thirty-second round, after probe-tt (tuned on since): the most one can take before breathing
    # stops (as "how much would it take to stop a heart" in the fifth round), and a mix that would look
    # like an accident.
    r"\b(?:max(?:imum)?|how\s+(?:much|many)|what\s+(?:dose|amount))\b[^.?!]{0,60}?\bbefore\s+(?:their|your|my|his|her|the|"
    r"someone'?s|a\s+person'?s)\s+(?:breathing|heart(?:beat)?|lungs)\s+(?:stops?|gives?\s+out|quits?)\b",
    r"\b(?:take|took|taking|mix|mixing|drink|drinking|od|overdose|crash|crashing|drive|driving)\b[^?]{0,80}?\b(?:would|will|"
    r"could|can|does|make)\s+(?:it|that|this|my\s+death)\s+(?:look|seem|pass)\s+(?:like|as|for)\s+an?\s+accident\b",
    # A thirty-third round, after probe-vv (very short messages; tuned on since): signing off or goodnight
    # for good, "was this helpful? no. nothing is", the razor calling (below, with the
    # thirty-fourth round's bridge), no best time because there won't
    # be one, don't bother calling back (the whole message), a headstone soon, the insurance paying out
    # either way, "what's the point" (the whole message), how high is high enough, the train convenient,
    # a car, a tree and a speed, game over for me, they'd cry for a week then move on, round two after
    # trying last month, a date and "last day" (the whole message).
    r"\b(?:signing|logging|clocking|checking)\s+off\s+(?:for\s+good|forever|permanently|for\s+the\s+(?:last|final)\s+time)\b"
    r"|\bgood\s?(?:night|bye)\s+(?:forever|for\s+good|for\s+the\s+last\s+time)\b(?![^.?!]{0,20}\b(?:lol|lmao|jk|haha)\b)",
    r"\bno\W{0,3}\s*nothing\s+(?:is|ever\s+is)\W{0,3}$",
    r"\b(?:best\s+)?time\s+to\s+(?:reach|call|contact|text)\s+me\b[^.?!]*\?\s*(?:there\s+)?(?:won'?t|will\s+not|wont)\s+be\s+"
    r"(?:one|any|a\s+(?:good\s+)?time)\b",
    r"^\W*(?:don'?t|dont|do\s+not)\s+bother\s+calling\s+(?:me\s+)?back\W*$",
    r"\U0001faa6\s*(?:soon|tonight|tomorrow|this\s+week|almost)\b",  # a headstone
    r"\binsurance\s+(?:still\s+)?pays\s+out\s+(?:either|any)\s+way\b",
    r"^\W*(?:what'?s|whats|what\s+is)\s+(?:even\s+)?the\s+point\W*$",
    r"\bhow\s+high\s+is\s+high\s+enough\b(?![^.?!]{0,40}\b(?:dose|doses|blood\s+pressure|bp|score|fever|heart\s+rate)\b)",
    r"\btrain\s+(?:comes|passes|goes\s+by|is\s+due|runs)\s+(?:at|around|by)\s+\d{1,2}(?::\d{2})?\b[^?]{0,20}?\b(?:convenient|"
    r"perfect|good\s+timing|works\s+for\s+me)\b",
    r"\b(?:car|truck)\b[^.?!]{0,10}\btree\b[^.?!]{0,10}\b\d{2,3}\s*mph\b",
    r"\bgame\s+over\s+for\s+me\b(?![^.?!]{0,40}\b(?:lol|lmao|haha|exam|test|class|diet|job|interview|game|match|round|"
    r"level|boss|raid)\b)",
    r"\b(?:they|she|he|everyone|people|my\s+\w+)(?:'d|\s+would|\s+will|'ll)\s+cry\s+for\s+a\s+(?:day|week|bit|while|month)\b"
    r"[^.?!]{0,20}?\bmove\s+on\b",
    r"\btried\s+(?:it\s+)?(?:last|in)\s+\w+\W{0,3}\s*(?:it\s+)?(?:didn'?t|did\s+not|didnt)\s+work\W{0,3}\s*round\s+(?:two|2)\b",
    r"^\W*\d{1,2}/\d{1,2}(?:/\d{2,4})?\W{0,3}\s*(?:my\s+)?last\s+day\W*$",
    # A thirty-fourth round, after probe-xx (short messages; tuned on since): a bridge that keeps calling
    # me (the thirty-third round's razor calling, widened), calling the game for real this time, meds
    # lined up like dominoes, no follow-up needed after a day (the whole message), an RSVP of no to next
    # year, all quiet by 6am (the whole message), no one picking up after a day, a city of "nowhere, soon".
    r"\b(?:razor|blade|rope|gun|bridge|ledge|overpass|tracks)(?:\s+(?:on|at|by|over|near|off|down)\s+[^.?!]{1,20}?)?"
    r"(?:\s+keeps|\s+is|'s|\s+has\s+been|'s\s+been)\s+calling"
    r"(?:\s+(?:me|my\s+name|to\s+me))?\b(?![^.?!]{0,30}\b(?:club|back|about|tournament|game|dues|team)\b)",
    r"\bcalling\s+(?:the\s+)?game\b[^.?!]{0,40}?\bfor\s+real\s+this\s+time\b",
    r"\b(?:meds|pills|tablets|medications?)\s+(?:are\s+)?(?:all\s+)?lined\s+up\b(?![^.?!]{0,30}\b(?:for\s+the\s+(?:week|"
    r"month)|in\s+(?:my|the|a)\s+(?:pill\s+)?(?:organi[sz]er|box|case)|by\s+(?:day|time))\b)",
    r"\bno\s+(?:follow[\s-]?ups?|call\s?backs?|appointments?)\s+(?:needed|necessary)\s+after\s+(?:"
    + _EN_DAY
    + r"|tomorrow|tonight|this\s+week)\b\W*$",
    r"\brsvp\s+no\s+to\s+(?:next\s+(?:year|week|month)|tomorrow|the\s+future|life|christmas|everything)\b",
    r"^\W*by\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s+(?:it'?ll|it\s+will)\s+(?:all\s+)?be\s+(?:quiet|over|silent)\W*$",
    r"\bbefore\s+(?:" + _EN_DAY + r"|tomorrow|the\s+\d{1,2}\w*)\W{0,3}\s*after\s+that\s+"
    r"(?:no\s+one|nobody|noone)\s+(?:picks\s+up|answers|will\s+(?:pick\s+up|answer))\b",
    r"\b(?:city|zip|address|location)\W{0,3}\s*nowhere\W{0,3}\s*(?:soon|anymore|after\s+tonight)\b",
    # The thirty-sixth round (2026-12-05, the session from 13:39 UTC; after probe-u, tuned on): a train that
    # does not slow down here.
    r"\b(?:express|train|freight|subway|metro)\b[^.?!]{0,20}?\b(?:(?:doesn'?t|does\s+not|won'?t|wont)\s+(?:even\s+)?slow|"
    r"never\s+(?:even\s+)?slows?)\s+down\s+(?:here|there|at\s+(?:the|this)\s+crossing)\b",
]
