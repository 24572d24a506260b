"""English crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Another language adds a module like this one with the same four lists.
"""
from __future__ import annotations

from typing import List

# ---------------------------------------------------------------------------------------
# English building blocks shared by the category lists below.
# ---------------------------------------------------------------------------------------

# Substances someone could overdose on (used after "took too many ..." and similar).
_EN_DRUG = (
    r"(?:pills?|tablets?|capsules?|caps|tabs|meds|medications?|medicines?|drugs|doses|troches?|"
    r"lozenges?|rdts?|ketamine|special\s+k|spravato|esketamine|xanax|xannies|benzos?|klonopin|"
    r"clonazepam|ativan|lorazepam|valium|diazepam|ambien|zolpidem|tylenol|acetaminophen|paracetamol|"
    r"ibuprofen|advil|motrin|aspirin|opioids?|oxy(?:codone|contin|s)?|percocets?|vicodin|hydrocodone|"
    r"fentanyl|heroin|morphine|methadone|lithium|antidepressants?|insulin|seroquel|quetiapine|"
    r"trazodone|sleeping\s+pills|sleep\s+aids?|painkillers?|pain\s+pills|benadryl|gabapentin|lamictal|"
    r"lamotrigine|zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|wellbutrin|bupropion|"
    r"adderall)"
)
# "... if I was gone / died / wasn't here" (first person).
_EN_GONE = (
    r"(?:(?:was|were)\s+(?:gone|dead|never\s+born|not\s+(?:here|around|alive))|"
    r"(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive|born)|"
    r"(?:just\s+)?(?:died|disappeared|vanished)|(?:did\s+not|didn'?t)\s+exist|killed\s+my\s?self|"
    r"(?:had\s+)?never\s+(?:been\s+born|existed)|left\s+for\s+good)"
)
# What may follow "can't go on" for it to mean life rather than "go on Monday" / "go on meds".
_EN_GO_ON_CONTEXT = (
    r"(?=\s*(?:$|[.!?,;:\u2026)]|\s(?:like\s+this|any\s?more|any\s+longer|much\s+longer|living|"
    r"with\s+(?:this|life|my\s+life|it\s+all|everything)|another\s+day|for\s+(?:much\s+)?longer|"
    r"without\s+(?:her|him|them)|and\b|i\b|but\b|so\b|though|honestly|please)))"
)
# What may follow "I'm not safe" / "I don't feel safe" (so "not safe to drive" stays ordinary).
_EN_SAFE_CONTEXT = (
    r"(?=\s*(?:$|[.!,;:\u2026-]|\s(?:right\s+now|now|tonight|today|any\s?more|any\s+longer|"
    r"at\s+the\s+moment|atm|rn|alone|by\s+myself|with\s+myself|around\s+myself|from\s+myself|"
    r"in\s+my\s+(?:own\s+)?(?:head|mind|body|skin)|at\s+home\b(?!\s+(?:with|doing|taking|using))|"
    r"at\s+all|here|to\s+be\s+(?:alone|by\s+myself|left\s+alone|around\s+(?:people|anyone))\b(?!\s+(?:after|during|"
    r"while|for\s+the\s+(?:rest|night)))|"
    r"and\b|i\b|please|help|anywhere|honestly|myself)))"
)
# Talk about past drug use ("took a bunch of antidepressants over the years") is not an overdose.
_EN_NOT_PAST_USE = (
    r"(?!.{0,40}\b(?:over\s+the\s+years|in\s+the\s+past|years?\s+ago|back\s+(?:then|in)|"
    r"in\s+(?:college|high\s+school|my\s+(?:teens|twenties|20s|youth|past))|when\s+i\s+was|"
    r"as\s+a\s+(?:teen|kid)|none\s+(?:of\s+them\s+)?(?:worked|helped)|didn'?t\s+(?:work|help)|"
    r"as\s+prescribed))"
)
# Insurance talk: "I have a plan, does it cover spravato?" is about a health plan.
_EN_NO_INSURANCE_TALK = (
    r"^(?!.*\b(?:insurance|insurer|cover|covered|covers|coverage|copay|co-pay|deductible|premium|"
    r"aetna|cigna|blue\s+cross|bcbs|medicare|medicaid|medi-cal|tricare|kaiser|humana|united|ppo|hmo|"
    r"employer|network|payment|pay|paying|financ\w*|treatment\s+plan|the\s+clinic)\b)"
)
_EN_WEAPON = r"(?:gun|pistol|rifle|shotgun|handgun|firearm|revolver|service\s+weapon)s?"
_EN_THEMSELF = r"(?:him|her|them)\s?sel(?:f|ves)"

# ---------------------------------------------------------------------------------------
# English patterns, one list per category. Keep each entry self-contained: a regex that on
# its own means crisis, with its own look-arounds for the ordinary uses of the same words.
# ---------------------------------------------------------------------------------------

# Self-harm intent: explicit suicide / self-harm words, stated intent, a plan, means,
# goodbyes and "I'm not safe" (first person).
SELF_HARM_INTENT_PATTERNS: List[str] = [
    r"suicid\w*",
    r"sui\s?cide",
    r"\bs(?:ui|iu|u)c+i?d(?:e|es|al|le|ial|ality|ally)\b",  # sucidal, suicdal, suicidle
    r"\bsewer\s?slide\b",
    r"\bself[\s-]?delet(?:e|ing|ion)\b",
    r"\bkill?(?:ing|ed)?\s+my\s?self",
    r"\bkms\b",
    r"\bunaliv\w*",
    r"\bi\s+(?:cut|burned|burnt)\s+(?:again|deeper|deep|last\s+night|today|tonight)\b",
    r"(?<!the )\bend(?:ing)?\s+(?:it\s+all|my\s+(?:own\s+)?life|everything|my\s+suffering)",
    r"(?<!the )\bend(?:ing|s)?\s+things\b(?!\s+with\s+(?!life|everything|this\s+world))",
    r"\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b(?!\s+(?:back|in\s+(?:a|my|the|new)|into|to\s+the\s+next|forward)\b)",
    r"\bself[\s-]?harm\w*",
    r"(?<!accidentally )\b(?:hurt|harm|cut|burn)(?:t?ing|s|ed|t)?\s+my\s?self\b(?!\s+(?:by\s+(?:accident|falling|tripping|"
    r"mistake)|accidentally|at\s+the\s+gym|working\s+out|lifting|exercising|playing|shaving|cooking|"
    r"on\s+(?:the|a)\s+(?:stove|oven|pan|iron|grill))\b)",
    r"\bbeen\s+(?:cutting|burning)\b(?!\s+(?:back|down|out|costs?|corners|my\s+(?:dose|meds|hair)|the|carbs|calories|"
    r"sugar|weight|through|off|ties|class|school|it)\b)",
    r"\b(?:started|starting|start|been|i'?m|am|keeps?|kept)\s+(?:cutting|burning)\s+again\b",
    r"\b(?:hang(?:ing|ed)?|shoot(?:ing)?|shot|stab(?:bing|bed)?|drown(?:ing|ed)?|starv(?:e|ing|ed)|"
    r"suffocat(?:e|ing|ed))\s+my\s?self",
    r"\b(?:slit|slash|cut)(?:ting|ing)?\s+my\s+(?:wrists?|throat)",
    r"(?<!n't )(?<!not )(?<!dont )(?<!never )\b(?:want(?:s|ed)?|wanna|wnat|plan(?:ning|s)?|ready|trying|"
    r"deserve)\s+(?:to\s+|too\s+)?die\b",
    r"(?<!n't )(?<!not )\b(?:want(?:s|ed)?|wanna)\s+(?:to\s+)?be\s+dead\b",
    # "want to end it", "might just end it tonight" -- but not "end it early if I panic".
    r"(?<!n't )(?<!not )(?<!can i )(?<!could i )(?<!can they )(?<!can you )(?<!can we )(?<!will they )"
    r"(?<!would they )\b(?:want(?:s|ed)?\s+to|wanna|gonna|going\s+to|about\s+to|ready\s+to|"
    r"plan(?:ning|s)?\s+(?:to|on)|decided\s+to|trying\s+to|thinking\s+(?:of|about)|think\s+about|"
    r"might|will|i'?ll|just|should|need\s+to|to)\s+(?:just\s+)?end(?:ing)?\s+it(?:\s+all)?\b"
    r"(?=\s*(?:$|[.!,;:)]|\s(?:now|tonight|today|tomorrow|for\s+good|soon|already|forever|here|"
    r"this\s+(?:week|weekend|time)|once\s+and\s+for\s+all|and\b|i\b|but\b|so\b)))",
    r"(?<!like )\bjump(?:ing|ed|s)?\s+(?:off|from)\s+(?:a|the|this|that|my|our)\s+(?:\w+\s+)?(?:bridge|roof|rooftop|"
    r"building|balcony|cliff|overpass|tower|ledge|parking\s+(?:garage|structure)|window)",
    r"\b(?:jump|step|walk|throw\s+my\s?self)(?:ing|ed|s)?\s+(?:in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|car|"
    r"truck|subway)|into\s+traffic)",
    r"\bnoose\b",
    r"\bdo\s+something\s+to\s+my\s?self\b",
    r"\bwhat\s+i\s+(?:might|could|will|would|may|'?ll|'?d|am\s+going\s+to|'?m\s+going\s+to)\s+do\s+to\s+my\s?self\b",
    r"\b(?:thinking\s+(?:of|about)|think\s+about|going\s+to|gonna|want\s+to|wanna|about\s+to|ready\s+to)\s+jump(?:ing)?\b"
    r"(?!\s+(?:in|into|on|at|through|back|right|ahead|start|to|the\s+gun|ship|straight|rope|higher|up)\b)",
    r"\bstanding\s+on\s+(?:the|a|this|that)\s+(?:bridge|ledge|roof|rooftop|overpass|railing|cliff\s+edge|"
    r"edge\s+of\s+(?:the|a)\s+(?:bridge|roof|cliff|building))\b",
    r"\b(?:drive|driving)\s+(?:my\s+car\s+)?(?:off\s+(?:a|the)\s+(?:cliff|bridge|overpass)|into\s+(?:a|the)\s+"
    r"(?:tree|wall|river|lake)|into\s+(?:oncoming\s+)?traffic)\b",
    r"\bcrash(?:ing)?\s+my\s+car\s+on\s+purpose\b",
    r"\b(?:have|got|holding|hold|'?ve\s+got)\s+(?:the|my|all\s+(?:the|my)|a\s+bottle\s+of|a\s+handful\s+of)\s+"
    + _EN_DRUG + r"\s+(?:in\s+(?:my\s+hand|front\s+of\s+me)|(?:ready|lined\s+up|counted\s+out)(?=\s*(?:$|[.!,;]|"
    r"\s(?:to|and|now|right\s+now|tonight)\b)))",
    r"\b" + _EN_DRUG + r"\s+in\s+my\s+hand\b",
    r"\bholding\s+(?:the|my|a\s+bottle\s+of|a\s+handful\s+of)\s+" + _EN_DRUG
    + r"\b(?=\s*(?:$|[.!,;]|\s(?:right\s+now|now|in\s+my\s+hand|and)\b))",
    r"\benough\s+(?:\w+\s+)?" + _EN_DRUG + r"\s+(?:saved|stockpiled|stashed)\b",
    r"\b(?:might\s+not|may\s+not|won'?t|will\s+not|not\s+going\s+to|don'?t\s+think\s+i'?(?:ll|\s+will)|not\s+sure\s+i'?(?:ll|\s+will|"
    r"\s+can))\s+make\s+it\s+(?:through\s+(?:the\s+night|tonight)|to\s+(?:tomorrow|the\s+morning|morning)|another\s+day|"
    r"much\s+longer)\b",
    # A plan, a date, means, goodbyes.
    _EN_NO_INSURANCE_TALK
    + r".*?\bi(?:\s+have|'?ve)?\s+(?:already\s+|finally\s+)?(?:have|got|made|came\s+up\s+with|worked\s+out|"
    r"figured\s+out)\s+(?:a|the|my)\s+plan\b(?=\s*(?:$|[.!,;:]|\s(?:to\s+(?:end|kill|die|do\s+it|hurt|"
    r"overdose|od|jump|hang|shoot|take\s+(?:my|all|them|the\s+pills|every)|cut|not\s+be|never)|"
    r"and\s+(?:the\s+)?(?:means|pills|a\s+gun|the\s+gun|a\s+date|a\s+way|a\s+time|i'?m|i\s*(?:am|will|'?ll|want|"
    r"have|'?ve|got|know))|"
    r"now|already|tonight|ready|in\s+place|this\s+time|for\s+(?:tonight|how|when|it|this|that|"
    r"the\s+weekend|tomorrow|friday|saturday|sunday))))",
    r"\bi\s*(?:won'?t|wont|will\s+not|'?m\s+not\s+(?:going\s+to|gonna)|am\s+not\s+(?:going\s+to|gonna))\s+be\s+"
    r"(?:here|around|alive)\s+(?:tomorrow|much\s+longer|for\s+(?:much\s+)?long(?:er)?|any\s?more|"
    r"after\s+(?:today|tonight|this)|by\s+(?:morning|tomorrow|the\s+weekend|then)|to\s+see|soon)\b"
    r"(?!\s+(?:for|at)\s+(?:the|my|an?|your)\b)",
    r"\bwon'?t\s+need\s+(?:it|them|any\s+of\s+(?:it|this|my\s+stuff))\s+(?:soon|much\s+longer|"
    r"where\s+i'?m\s+going|after\s+(?:tonight|today))",
    r"\bthis\s+(?:is|will\s+be)\s+my\s+(?:very\s+)?last\s+(?:message|text|goodbye|night|day|post|words?|note|"
    r"time\s+(?:talking|writing|reaching\s+out))\b(?!\s+(?:of|before|at|in|with|on)\b)",
    r"\bsa(?:y|ying|ys|id)\s+(?:my\s+)?(?:final\s+|last\s+)?goodbyes?\s+(?:to\s+)?(?:everyone|everybody|every\s+one|"
    r"you\s+all|all\s+of\s+you|my\s+(?:family|kids|children|friends|loved\s+ones|wife|husband|partner|mom|"
    r"dad|parents))",
    r"\b(?:goodbye|farewell)\s+(?:note|letter|message|video)s?\b",
    r"\bgoodbye\s+(?:cruel\s+)?world\b",
    r"\bgoodbye\s+(?:everyone|everybody)\b(?!\s*[,.!]?\s*(?:thanks|thank|see\s+you|ttyl|talk))",
    r"\bg(?:ive|iving|ave|iven)\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?(?:my|his|her|their)\s+(?:stuff|things|"
    r"belongings|possessions)\s+away\b",
    r"\bg(?:ive|iving|ave|iven)\s+away\s+(?:all\s+)?(?:of\s+)?(?:my|his|her|their)\s+(?:stuff|things|"
    r"belongings|possessions)",
    r"\b(?:stockpil\w*|hoard(?:ed|ing)|sav(?:ed|ing)\s+up|stash(?:ed|ing))\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?"
    r"(?:my\s+|these\s+|the\s+|some\s+|enough\s+|a\s+bunch\s+of\s+)?(?:\w+\s+)?" + _EN_DRUG + r"\b",
    r"\b" + _EN_DRUG + r"\s+(?:saved|stockpiled|stashed|hidden|hoarded)\s+(?:up|away)\b",
    r"\b(?:how\s+(?:many|much)|enough)\b[^.?!]{0,60}?\b(?:to|would|will|could)\s+(?:it\s+)?(?:take\s+to\s+)?"
    r"(?:kill\s+(?:me|my\s?self)|die|end\s+(?:it|my\s+life)|(?:not|never)\s+wake\s+up)\b",
    _EN_WEAPON + r"\b[^.?!]{0,80}?\b(?:(?:i'?m|i\s+am)\s+done|end\s+it|use\s+it|kill|die\b|dead\b|goodbye|"
    r"on\s+my\s?self|loaded|to\s+my\s+head|in\s+my\s+mouth)",
    r"\b(?:loaded|cocked)\s+(?:a\s+|my\s+|the\s+|his\s+|her\s+)?" + _EN_WEAPON + r"\b",
    r"\b(?:gun|pistol|rifle|weapon|knife|blade|razor|rope|pills)\b[^.?!]{0,60}?\bus(?:e|ing)\s+(?:it|them)\s+on\s+"
    r"(?:my|him|her|them)\s?sel(?:f|ves)",
    r"\bus(?:e|ing)\s+(?:a|the|my|his|her)\s+(?:gun|knife|razor|blade|rope)\s+on\s+(?:my|him|her|them)\s?sel(?:f|ves)",
    # Acute risk: "I'm not safe", "I don't feel safe with myself", "I don't trust myself".
    r"\b(?:i'?m|i\s+am)\s+(?:really\s+|so\s+|just\s+|honestly\s+|probably\s+|definitely\s+)?(?:not\s+safe|unsafe)\b"
    + _EN_SAFE_CONTEXT,
    r"\b(?:don'?t|do\s+not|no\s+longer|can'?t|never)\s+feel\s+(?:very\s+|really\s+|so\s+)?safe\b" + _EN_SAFE_CONTEXT,
    r"\bfeel(?:ing)?\s+(?:really\s+|very\s+|so\s+)?(?:unsafe|not\s+safe)\b" + _EN_SAFE_CONTEXT,
    r"^\s*not\s+safe\b" + _EN_SAFE_CONTEXT,
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+trust\s+my\s?self\b(?=\s*(?:$|[.!,;:]|\s(?:right\s+now|now|tonight|"
    r"any\s?more|alone|around\s+(?:pills|meds|my\s+(?:pills|meds|gun)|guns?|knives|sharp|the\s+(?:pills|gun))|"
    r"with\s+(?:pills|meds|medications|my\s+(?:pills|meds|medication|gun|guns|knife|prescription)|"
    r"a\s+(?:gun|knife|razor)|the\s+(?:pills|gun|knife|bottle)|knives|guns|razors|sharp\s+things)|"
    r"not\s+to|to\s+(?:stay|be)\s+(?:safe|alive|alone)|to\s+not|and\b|i\b)))",
    r"\b(?:i'?m|i\s+am)\s+(?:in\s+(?:a\s+)?crisis|having\s+a\s+(?:mental\s+health\s+)?crisis|in\s+danger)\b",
    # A decided plan: "I've already made up my mind how".,
    r"\b(?:made|make|making)\s+up\s+my\s+mind\s+(?:how|when)\b",
    # Means and goodbyes in other words.
    r"(?<!n't )(?<!not )\b(?:want(?:s|ed)?\s+to|wanna|gonna|going\s+to|about\s+to|thinking\s+(?:of|about)|"
    r"plan(?:ning)?\s+(?:to|on)|ready\s+to)\s+(?:just\s+)?(?:take|taking|swallow(?:ing)?|down(?:ing)?)\s+"
    r"(?:all|every\s+one|the\s+whole\s+bottle|a\s+whole\s+bottle|a\s+handful)\b(?:\s+of)?\s+(?:my\s+|the\s+|these\s+|"
    r"those\s+)?" + _EN_DRUG + r"\b(?=\s*(?:$|[.!,;]|\s(?:at\s+once|at\s+the\s+same\s+time|tonight|now|right\s+now|"
    r"and\s+(?:sleep|not|never|be\s+done|end|die)|so\s+i|to\s+(?:die|end|sleep\s+forever|not\s+wake))\b))",
    _EN_WEAPON.join((r"\b", r"\b.*?\b(?:keep|kept|been|i'?m|am)\s+(?:looking|staring)\s+at\s+it\b")),
    r"\b(?:loaded|holding|cleaning\s+and\s+loading)\s+(?:my|a|the|dad'?s|his)\s+" + _EN_WEAPON + r"\b.*?\b(?:tonight|"
    r"right\s+now|now|end|done|over|can'?t)\b",
    r"\boff(?:ing)?\s+my\s?self\b",
    r"\b(?:painless|least\s+painful|peaceful|quickest|easiest|fastest|best)\s+way\s+to\s+(?:die|kill\s+my\s?self|"
    r"end\s+(?:it|my\s+life))\b",
    r"\b(?:painless|least\s+painful|peaceful)\s+way\s+to\s+go\b(?!\s+(?:to|there|about|in|with|through|for|back|home)\b)",
    r"\bin\s+case\s+(?:something|anything)\s+(?:happens|were\s+to\s+happen)\s+to\s+me\s+(?:tonight|today|tomorrow|"
    r"this\s+week(?:end)?|soon)\b",
    r"\b(?:don'?t|do\s+not)\s+think\s+i'?(?:ll|\s+will)\s+be\s+(?:here|around|alive)\s+(?:much\s+longer|"
    r"for\s+(?:much\s+)?long(?:er)?|tomorrow|any\s?more|soon|by\s+(?:morning|tomorrow|the\s+weekend))\b",
]

# Passive ideation: wishing to be dead or gone, no reason to live, hopeless exhaustion
# with life, feeling like a burden. Subject-free wherever the wording allows, so "he
# can't go on" is caught as well as "I can't go on".
PASSIVE_IDEATION_PATTERNS: List[str] = [
    r"\bwish\s+i\s+(?:was|were)\s+dead",
    r"\bwish\s+i\s+(?:could\s+)?(?:die|disappear\s+forever)",
    r"\bwish\s+i\s+(?:'?d\s+been|had\s+been|was|were)\s+(?:dead|never\s+born|gone)",
    r"\bwish\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:alive|here|born|around)",
    r"\bwish\s+i(?:'?d|\s+had)?\s+never\s+(?:been\s+born|existed|woke\s+up)\b",
    r"\bwish\s+i\s+(?:had\s+)?(?:never\s+(?:been\s+born|existed|woke\s+up|wake\s+up)|didn'?t\s+(?:exist|wake\s+up)|"
    r"could\s+(?:just\s+)?(?:stop\s+existing|cease\s+to\s+exist|sleep\s+forever|not\s+wake\s+up))",
    r"\bwish\s+i\s+could\s+(?:just\s+)?(?:disappear|vanish|fade\s+away)\b(?!\s+(?:into|for|after|during|under)\b)",
    r"\b(?:hope|hoping|pray|praying)\s+(?:that\s+)?i\s+(?:die|don'?t\s+wake\s+up|never\s+wake\s+up|"
    r"won'?t\s+wake\s+up|do\s+not\s+wake\s+up)\b(?!\s+(?:during|mid|in\s+the\s+middle|halfway|before)\b)",
    r"\bbetter\s+off\s+(?:dead|without\s+me)",
    r"\b(?:better|easier|happier)\s+(?:off\s+)?without\s+me\b",
    r"\bbetter\s+off\s+if\s+i\s+" + _EN_GONE,
    r"\b(?:no\s*one|nobody|no\s+body|not\s+(?:a\s+single\s+person|anyone))\s+(?:would|will|'?d|is\s+(?:going|gonna)\s+to|"
    r"gonna|even)\s+(?:even\s+|really\s+)?(?:miss\s+me\b(?!\s+(?:at\s+(?!all\b)|in\s+(?:class|the|my)|during|"
    r"for\s+(?:a|an|the|one|two|few)|from\s+work))|notice\s+if\s+i\s+" + _EN_GONE + r"|care\s+if\s+i\s+" + _EN_GONE + r")",
    r"\b(?:if|whether)\s+i\s+(?:live|lived)\s+or\s+(?:die|died)\b",
    r"\bdon'?t\s+care\s+(?:if|whether)\s+i\s+(?:die|live|wake\s+up)\b",
    r"\bwouldn'?t\s+mind\s+(?:dying|not\s+waking\s+up|never\s+waking\s+up|being\s+dead|if\s+i\s+(?:died|didn'?t\s+wake\s+up))\b",
    # "I don't want to live / exist / be alive / wake up / be here anymore" (any person).
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not|didn'?t)\s+(?:want|wanna)\s+(?:to\s+)?(?:live|be\s+alive|exist|"
    r"be\s+(?:around|here)\s+any\s?more|be\s+in\s+this\s+world|keep\s+(?:living|existing))\b",
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not|didn'?t)\s+(?:want|wanna)\s+(?:to\s+)?wake\s+up\b(?!\s+(?:groggy|tired|"
    r"during|mid|in\s+the\s+middle|halfway|early|with|feeling|nauseous|sick|dizzy|confused|in\s+pain)\b)",
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:want|wanna)\s+(?:to\s+)?be\s+here\b(?!\s+(?:for|all\s+day|at|in|"
    r"when|while|during|longer|if|overnight|that\s+long|too\s+long|the\s+whole|past|after|before|until|till|on|"
    r"every|each|twice|more|another|alone\s+(?:with|during))\b)",
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:want|wanna)\s+(?:to\s+)?(?:go\s+on|keep\s+going)" + _EN_GO_ON_CONTEXT,
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
    r"\b(?:want|wanna|wish\s+i\s+could|just)\s+(?:to\s+)?(?:go\s+to\s+)?sleep\s+forever\b",
    r"(?<!if i )(?<!if you )(?<!what if )\b(?:go\s+to\s+sleep|fall\s+asleep|sleep|pass\s+out)\s+(?:and\s+)?"
    r"(?:never|not)\s+wake\s+up\b",
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
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:a|any|the)\s+(?:reason|point)\s+(?:to|in|of)\s+(?:keep(?:ing)?\s+)?"
    r"(?:living|live|being\s+alive|stay(?:ing)?\s+alive|existing)\b",
    r"\bno\s+reason\s+left\s+to\s+(?:live|keep\s+living|stay\s+alive|be\s+alive)\b",
    r"\bno\s+point\s+(?:any\s?more|any\s+longer)\b(?!\s+(?:in|to|of|doing|getting|paying|taking|trying|going|booking)\b)",
    r"\b(?:there'?s|there\s+is|theres|i\s+see)\s+no\s+point\s+(?:to|in)\s+(?:anything|life|any\s+of\s+(?:this|it))\b",
    r"\bwhat'?s\s+the\s+point\s+(?:of\s+(?:living|life|being\s+alive|going\s+on|anything|it\s+all|existing|"
    r"even\s+(?:living|trying\s+to\s+live))|in\s+(?:living|anything|going\s+on)|any\s?more)\b",
    r"\b(?:my\s+)?life(?:'?s|\s+(?:is|feels|seems|has\s+become|became))\s+(?:so\s+|completely\s+|totally\s+|just\s+|"
    r"really\s+|utterly\s+)?(?:pointless|meaningless|worthless|hopeless|not\s+worth\s+(?:living|it)|over)\b",
    r"\blife\s+(?:isn'?t|is\s+not|ain'?t)\s+worth\s+(?:living|it)\b",
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
    r"every\s+one|my\s+(?:family|kids|wife|husband|partner|parents|friends|loved\s+ones)|them|the\s+people\s+i\s+love|"
    r"all)\b(?!\s+(?:by|when|because|if|asking|having|making|needing|financially|money|cost)\b)",
    # No reason to stay, no way out, disappearing for good, not being alive to see something.,
    r"\b(?:no|any|zero)\s+(?:reason|point)\s+(?:to|in|for)\s+(?:(?:him|her|them|me)\s+to\s+)?(?:stick(?:ing)?\s+around|stay(?:ing)?\s+(?:alive|around|here)|be(?:ing)?\s+(?:here|alive|around)|keep(?:ing)?\s+going|carry(?:ing)?\s+on|go(?:ing)?\s+on)\b",
    r"\b(?:don'?t|dont|dnt|do\s+not|can'?t|cant|cannot)\s+see\s+(?:a|any)\s+way\s+out\b",
    r"\bburd[eo]n\s+(?:to|on|for)\s+(?:every\s*(?:one|body)|evryone|everyone|my\s+(?:family|wife|husband|kids|parents))\b",
    r"\b(?:wanna|want\s+to|wanting\s+to|i\s+(?:could|would|will|should|'?ll|'?d|just))\s+(?:just\s+)?(?:disappear|dissapear|disapear|vanish)\w*\s+(?:for\s+good|forever|permanently)\b",
    r"\b(?:no\s*one|nobody)\s+(?:would|will|'?d)\s+(?:even\s+|really\s+|ever\s+)?notice\b(?!\s+(?:the|a|my|any|that|it)\b)",
    r"\b(?:won'?t|wont|will\s+not)\s+(?:even\s+)?be\s+(?:alive\b|around\s+(?:much\s+longer|anymore|for\s+long|long\s+enough))",
    # Hopelessness in other words: no way out, no future, wanting not to exist or "out".
    r"\b(?:there'?s|there\s+is|i\s+see|i\s+have|i\s+can\s+see|seeing|see)\s+no\s+(?:other\s+)?way\s+out\b(?!\s+of\b)",
    r"\bno\s+way\s+out\s+for\s+me\b",
    r"\b(?:don'?t|can'?t|do\s+not|cannot)\s+see\s+(?:a|any)\s+future\b(?=\s*(?:$|[.!,;]|\s(?:for\s+(?:me|my\s?self)|"
    r"any\s?more|ahead|at\s+all|left|anymore)\b))",
    r"\bwish\s+i\s+(?:could\s+)?(?:just\s+)?(?:not\s+exist|stop\s+existing|cease\s+to\s+exist|fade\s+away\s+for\s+good)\b",
    r"\b(?:hopeless|trapped|no\s+hope)\b.*?\b(?:want(?:s)?|need)\s+(?:out|it\s+(?:all\s+)?to\s+(?:stop|end)\s+"
    r"(?:for\s+good|forever|permanently))\b",
]

# Overdose and poisoning: intent to overdose, having taken too much or a whole supply,
# poison, and someone who won't wake up. ``crisis_kind`` reports these as "overdose" so
# the reply can add Poison Control (1-800-222-1222) to the crisis resources.
OVERDOSE_PATTERNS: List[str] = [
    r"\boverdos(?:e|ing)\s+on\s+purpose",
    r"(?<!n't )(?<!not )(?<!dont )(?<!am i )\b(?:going|gonna|want(?:s|ed)?|wanna|plan(?:ning|s)?|about|trying|"
    r"decided|ready|thinking\s+(?:of|about)|think\s+about)\s+(?:to\s+)?(?:overdose|overdosing|od)\b"
    r"(?!\s+(?:by\s+accident|accidentally|on\s+accident|if|when|during)\b)",
    r"\b(?:meds|pills|medication|drugs|ketamine|troches|lozenges)\s+to\s+(?:overdose|od)\b",
    r"(?<!anyone )(?<!anybody )(?<!people )(?<!patients )(?<!someone )(?<!who )(?<!ever )(?<!people have )"
    r"(?<!patients have )(?<!who has )(?<!who have )\boverdosed\b(?!.{0,40}\b(?:years?\s+ago|months\s+ago|"
    r"last\s+(?:year|month|summer|spring|fall|autumn|winter)|in\s+(?:19|20)\d\d)\b)",
    r"\b(?:i'?m|i\s+am|he'?s|she'?s|they'?re|(?:he|she|they|someone|somebody|my\s+\w+)\s+(?:is|are|was|might\s+be|"
    r"could\s+be|may\s+be))\s+(?:\w+\s+)?overdosing\b",
    r"\bod(?:'d|'ed|ed)\b",
    # "I took way too many", "swallowed too much ketamine" -- not "took too much time off".
    r"\b(?:took|taken|swallowed|downed|popped|snorted|injected|shot\s+up)\s+(?:way\s+|far\s+|a\s+lot\s+|much\s+|so\s+|"
    r"a\s+bit\s+|a\s+little\s+|slightly\s+)?too\s+(?:much|many)\b(?!\s+(?:time|long|minutes?|hours?|days?|weeks?|"
    r"months?|years?|sessions?|infusions?|appointments?|visits?|tries|attempts|classes|courses|credits|shifts|"
    r"photos?|pictures?|notes|breaks?|risks?|chances|steps|turns|money|cash|out|off|on|to\s+heart|"
    r"responsibilit\w*|work|vacation|pto|leave|sick\s+days?|questions|calls)\b)" + _EN_NOT_PAST_USE,
    r"\b(?:had|ate|drank|used|did|took|taken|swallowed|snorted)\s+(?:way\s+|far\s+|a\s+lot\s+|much\s+|so\s+|"
    r"a\s+bit\s+)?too\s+(?:much|many)\s+(?:of\s+(?:my|the|his|her|their|those|these|that)\s+)?(?:\w+\s+)?"
    + _EN_DRUG + r"\b" + _EN_NOT_PAST_USE,
    # "took all my pills" -- not "took all my usual meds this morning".
    r"\b(?:took|taken|swallowed|downed|popped|ate|eaten|snorted)\s+all(?:\s+of)?(?:\s+(?:my|the|his|her|their|those|"
    r"these))?(?:\s+(?!usual|regular|normal|daily|morning|evening|nightly|night|prescribed|other|vitamins?|"
    r"supplements?)\w+)?\s+" + _EN_DRUG + r"\b(?!\s+(?:this\s+morning|that\s+morning|yesterday\s+morning|"
    r"as\s+(?:usual|normal|prescribed|directed|instructed|scheduled)|like\s+(?:normal|usual|always|i'?m\s+supposed\s+to)|"
    r"on\s+(?:time|schedule)|before\s+(?:the|my)\s+(?:infusion|session|appointment))\b)",
    r"\b(?:took|taken|swallowed|downed|popped|ate)\s+every\s+(?:single\s+|last\s+)?(?:pill|tablet|capsule|one\s+of\s+"
    r"(?:my|the|his|her|their)\s+" + _EN_DRUG + r")\b",
    r"\b(?:took|taken|swallowed|downed|popped|ate|eaten|chugged)\s+(?:a|an|the|my|his|her|their)?\s*(?:whole|"
    r"entire|full)\s+(?:bottle|pack|packet|box|container|blister(?:\s+pack)?|strip|sleeve|prescription|script|tube|"
    r"month'?s?\s+(?:supply|worth)|week'?s?\s+(?:supply|worth)|supply)\b(?!\s+of\s+(?:water|wine|beer|juice|soda|pop|"
    r"gatorade|electrolyte\w*|coffee|tea|milk|kombucha|vitamins?|supplements?)\b)",
    r"\b(?:took|swallowed|downed|popped|ate)\s+half\s+(?:a|the|my)\s+(?:bottle|pack|box)\s+of\s+(?:\w+\s+)?" + _EN_DRUG,
    r"\b(?:took|taken|swallowed|downed|popped|ate|eaten|snorted)\s+(?:a\s+|an\s+|the\s+|like\s+|about\s+|maybe\s+|"
    r"over\s+|at\s+least\s+|around\s+)?(?:whole\s+)?(?:bunch|handful|fistful|ton|tons|load|loads|heap|pile|mouthful|"
    r"bottle|bottleful|pack|packet|box|strip|sleeve|dozens?|hundreds?|\d{2,}|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred)\b(?!\s*(?:mg|milligrams?|mcg|ml|g|grams?|%|percent|minutes?|mins?|hours?|"
    r"hrs?|days?|years?|weeks?|months?)\b)\s+(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+|their\s+|those\s+|these\s+)?"
    r"(?:(?!different|other|various|kinds?|types?|sorts?)\w+\s+)?" + _EN_DRUG + r"\b" + _EN_NOT_PAST_USE,
    # Poisoning.
    r"\bpoison(?:ed|ing)?\s+(?:my|him|her|them)\s?sel(?:f|ves)",
    r"\b(?:drank|drink(?:ing)?|swallow(?:ed|ing)?|ingest(?:ed|ing)?|took|ate|eaten|chugged)\s+(?:some\s+|a\s+bunch\s+of\s+|"
    r"a\s+bottle\s+of\s+|the\s+)?(?:bleach|antifreeze|rat\s+poison|poison|drain\s+cleaner|lye|pesticide|"
    r"weed\s*killer|insecticide|ammonia|lighter\s+fluid|gasoline|windshield\s+(?:fluid|washer))\b",
    r"\bpoison\s+control\b",
    # Someone who won't wake up or isn't breathing.
    r"\b(?:he|she|they|him|her|them|friend|someone|somebody|son|daughter|husband|wife|partner|boyfriend|girlfriend|"
    r"roommate|brother|sister|mom|mother|dad|father|kid|child|teen|baby)\s+(?:won'?t|wont|will\s+not|isn'?t|is\s+not|"
    r"doesn'?t|does\s+not|'?s\s+not|is\s+barely|'?s\s+barely)\s+(?:wak(?:e|ing)\s*up|waking|respond(?:ing)?|"
    r"breath(?:e|ing))\b(?!\s+(?:for|in\s+time|on\s+time|early|before|at\s+\d|till|until)\b)",
    r"\band\s+(?:now\s+)?(?:won'?t|wont|will\s+not|isn'?t|is\s+not|doesn'?t)\s+(?:wake\s+up|waking\s+up|respond(?:ing)?|"
    r"breath(?:e|ing))\b",
    r"\b(?:can'?t|cannot|couldn'?t|can\s+not)\s+wake\s+(?:him|her|them|my\s+\w+(?:\s+\w+)?)\s+up\b",
    r"\b(?:he|she|they|friend|someone|somebody|son|daughter|husband|wife|partner|boyfriend|girlfriend|roommate|"
    r"brother|sister|mom|mother|dad|father|kid|child)\s+(?:is|'?s|was|went|seems|are|'?re)\s+(?:\w+\s+)?unresponsive\b"
    r"(?!\s+(?:during|while|in\s+(?:a|the)\s+k-?hole|at\s+the\s+clinic|in\s+the\s+clinic)\b)",
    r"\b(?:lips|face|skin)\s+(?:is|are|'?s|'?re)\s+(?:turning\s+)?blue\b",
    # Deliberate mixing or taking: "mixed my xanax with a bottle of wine on purpose".,
    r"\b(?:took|take|taken|mixed|mixing|swallowed|drank|downed|popped)\b[^.?!]{0,80}\bon\s+purpose\b",
]

# Third-person danger: a friend or relative reported as suicidal, self-harming, armed,
# saying goodbye or "done". (Subject-free patterns in the other lists also catch
# "my son says he wants to end it"; these cover wording only used about someone else.)
THIRD_PERSON_DANGER_PATTERNS: List[str] = [
    r"\b(?:kill|hurt|harm|cut|burn|hang|shoot|stab|starve|drown|unalive)(?:s|t?ing|ed|ting)?\s+" + _EN_THEMSELF + r"\b",
    r"\b(?:end(?:ing|s)?|take|taking|takes|took)\s+(?:his|her|their)\s+(?:own\s+)?li(?:fe|ves)\b(?!\s+back\b)",
    r"\b(?:slit|slash|cut)(?:ting|ing|s)?\s+(?:his|her|their)\s+(?:wrists?|throat)",
    r"\b(?:says?|said|saying|keeps?\s+saying|kept\s+saying|told\s+(?:me|us)|texted(?:\s+me)?|messaged(?:\s+me)?|"
    r"posted)\s+(?:that\s+)?(?:he|she|they)(?:'?s|'?re|\s+is|\s+are|\s+was|\s+were)\s+(?:so\s+|just\s+|completely\s+|"
    r"really\s+|totally\s+)?done\b(?!\s+(?:with\s+(?!life|living|everything|it\s+all|this\s+world|being\s+alive)|"
    r"trying|taking|doing|going|paying|being\s+(?!alive|here)|seeing|working|for\s+the|for\s+today|at|after|soon|in|"
    r"by|eating|driving|now\s+with)\b)(?!.{0,60}\b(?:infusions?|sessions?|treatments?|series|rounds?|course|"
    r"boosters?|doses?)\b)",
    _EN_WEAPON + r"\b[^.?!]{0,80}?\b(?:(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+done|sa(?:ys?|id)\s+goodbye|"
    r"end\s+it|kill|die\b|dead\b|shoot|on\s+" + _EN_THEMSELF + r"|to\s+(?:his|her|their)\s+head|"
    r"in\s+(?:his|her|their)\s+mouth|threaten\w*)",
    r"\b(?:(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+done|threaten(?:s|ed|ing)?|talking\s+about\s+(?:dying|ending\s+it|"
    r"killing))\b[^.?!]{0,80}?\b" + _EN_WEAPON + r"\b",
    r"\b(?:says?|said|thinks?|thought|feels?|felt|believes?|told\s+(?:me|us)|keeps?\s+saying|convinced)\s+(?:that\s+)?"
    r"(?:everyone|everybody|we|they|the\s+family|the\s+world|people|his\s+\w+|her\s+\w+|the\s+kids)\s*(?:would|'?d|will|"
    r"are|is|'?re)?\s*(?:all\s+)?(?:be\s+)?better\s+off\s+(?:without\s+(?:him|her|them)|if\s+(?:he|she|they)\s+"
    r"(?:was|were|wasn'?t|weren'?t|died|disappeared)|with\s+(?:him|her|them)\s+(?:gone|dead))",
    r"\b(?:he|she|they)\s*(?:won'?t|wont|will\s+not|'?s\s+not\s+going\s+to|is\s+not\s+going\s+to|'?re\s+not\s+going\s+to)\s+"
    r"be\s+(?:here|around|alive)\s+(?:tomorrow|much\s+longer|for\s+(?:much\s+)?long(?:er)?|any\s?more|"
    r"after\s+(?:today|tonight|this)|by\s+(?:morning|tomorrow|the\s+weekend))\b",
    r"\b(?:he|she|they)\s+(?:has|have|'?s\s+got|'?ve\s+got|made|came\s+up\s+with)\s+(?:a|the)\s+plan\s+to\s+(?:end|kill|die|"
    r"do\s+it|overdose|jump|hang|shoot|take\s+(?:his|her|their))",
    r"\b(?:my\s+\w+|friend|he|she|they)\s+(?:is|are|'?s|'?re|might\s+be|may\s+be)\s+in\s+(?:immediate\s+|real\s+|"
    r"serious\s+)?danger\b",
    r"\b(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+(?:in\s+(?:a\s+)?crisis|having\s+a\s+(?:mental\s+health\s+)?crisis)\b",
    r"\blocked\s+" + _EN_THEMSELF + r"\s+in\b",
    r"\b(?:going|gonna|about|threaten(?:s|ed|ing)?|plan(?:s|ning)?)\s+to\s+jump\b(?=\s*(?:$|[.!,;]|\s(?:off|from)\b))",
    # Alone with a weapon and not answering; a goodbye text and then silence.,
    r"\b(?:sitting|sat|alone|locked|hiding)\b[^.?!]{0,60}\bwith\s+(?:his|her|their|a|my|the)\s+" + _EN_WEAPON,
    r"\b(?:texted|messaged|sent|told)\s+(?:me\s+)?(?:a\s+)?goodbye\b",
]
