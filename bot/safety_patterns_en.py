"""English crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Another language adds a module like this one with the same five lists. The passive-ideation
and overdose lists live in :mod:`bot.safety_patterns_en_passive` and
:mod:`bot.safety_patterns_en_overdose` and are exported from here; the self-harm list takes in
:mod:`bot.safety_patterns_en_indirect` (intent said in other words) and
:mod:`bot.safety_patterns_en_hints` (calm hints beside a practical question). Danger said in a few
words in mid-conversation (:mod:`bot.safety_patterns_en_now`) joins the self-harm, overdose and
third-person lists, and so do questions about dose, lethality or a stockpile whose words show intent
(:mod:`bot.safety_patterns_en_means`), danger in online slang (:mod:`bot.safety_patterns_en_slang`) and
danger disclosed in passing inside a long message (:mod:`bot.safety_patterns_en_disclosed`), and warning
signs a relative describes (:mod:`bot.safety_patterns_en_warning_signs`).
Medical emergencies that are not about suicide live in
:mod:`bot.safety_patterns_en_emergency`.
"""

from __future__ import annotations

from bot.safety_patterns_en_disclosed import (
    DISCLOSED_INTENT_PATTERNS,
    DISCLOSED_OVERDOSE_PATTERNS,
    DISCLOSED_THIRD_PERSON_PATTERNS,
)
from bot.safety_patterns_en_emergency import MEDICAL_EMERGENCY_PATTERNS
from bot.safety_patterns_en_hints import CALM_HINT_PATTERNS
from bot.safety_patterns_en_indirect import EN_WEAPON, INDIRECT_INTENT_PATTERNS
from bot.safety_patterns_en_means import MEANS_INTENT_PATTERNS, MEANS_OVERDOSE_PATTERNS, MEANS_THIRD_PERSON_PATTERNS
from bot.safety_patterns_en_now import NOW_INTENT_PATTERNS, NOW_OVERDOSE_PATTERNS, NOW_THIRD_PERSON_PATTERNS
from bot.safety_patterns_en_overdose import EN_DRUG
from bot.safety_patterns_en_overdose import OVERDOSE_PATTERNS as _EN_OVERDOSE
from bot.safety_patterns_en_passive import PASSIVE_IDEATION_PATTERNS
from bot.safety_patterns_en_slang import SLANG_INTENT_PATTERNS, SLANG_OVERDOSE_PATTERNS
from bot.safety_patterns_en_warning_signs import WARNING_SIGN_PATTERNS

__all__ = [
    "EMOJI_WORDS",
    "INTERPRETER_LINE",
    "EMERGENCY_LINE",
    "SELF_HARM_INTENT_PATTERNS",
    "PASSIVE_IDEATION_PATTERNS",
    "OVERDOSE_PATTERNS",
    "THIRD_PERSON_DANGER_PATTERNS",
    "MEDICAL_EMERGENCY_PATTERNS",
]

# The crisis reply's line about 988's interpreters for a crisis found in English (bot.safety.reply_lines).
#: Emoji written for the means or the place ("🔫 is in my nightstand"), read as these words before the patterns
#: (:func:`bot.safety._readings`, probe-iii).
EMOJI_WORDS: dict[str, str] = {"🔫": "gun", "🔪": "knife", "💊": "pills", "🌉": "bridge", "🪦": "grave", "⚰": "coffin"}

INTERPRETER_LINE = (
    "**Other languages:** call [988](tel:988) and ask for an interpreter: help is there in more than 240 languages."
)
# The medical-emergency reply's line for an emergency found in English: 911 call takers add an interpreter
# when the caller names their language (county 911 centres' own pages, e.g. bothellwa.gov, "Interpreter
# Services for Limited-English Speakers").
EMERGENCY_LINE = (
    "**Other languages:** call [911](tel:911), say the name of your language in English and stay on the line: "
    "the call taker can add an interpreter."
)

# ---------------------------------------------------------------------------------------
# English building blocks shared by the category lists below.
# ---------------------------------------------------------------------------------------

# What may follow "I'm not safe" / "I don't feel safe" (so "not safe to drive" stays ordinary).
_EN_SAFE_CONTEXT = (
    r"(?=\s*(?:$|[.!,;:\u2026-]|\s(?:right\s+now|now|tonight|today|any\s?more|any\s+longer|"
    r"at\s+the\s+moment|atm|rn|alone|by\s+myself|with\s+myself|around\s+myself|from\s+myself|"
    r"in\s+my\s+(?:own\s+)?(?:head|mind|body|skin)|at\s+home\b(?!\s+(?:with|doing|taking|using))|"
    r"at\s+all|here|to\s+be\s+(?:alone|by\s+myself|left\s+alone|around\s+(?:people|anyone))\b(?!\s+(?:after|during|"
    r"while|for\s+the\s+(?:rest|night)))|"
    r"and\b|i\b|please|help|anywhere|honestly|myself)))"
)
# Insurance talk: "I have a plan, does it cover spravato?" is about a health plan.
_EN_NO_INSURANCE_TALK = (
    r"^(?!.*\b(?:insurance|insurer|cover|covered|covers|coverage|copay|co-pay|deductible|premium|"
    r"aetna|cigna|blue\s+cross|bcbs|medicare|medicaid|medi-cal|tricare|kaiser|humana|united|ppo|hmo|"
    r"employer|network|payment|pay|paying|financ\w*|treatment\s+plan|the\s+clinic)\b)"
)
# "myself" as typed in a hurry: "my self", "mysefl", "myslef", "myslf".
_EN_MYSELF = r"my\s?(?:self|sefl|slef|slf|sef|elf)\b"
_EN_THEMSELF = r"(?:him|her|them)\s?sel(?:f|ves)"

# ---------------------------------------------------------------------------------------
# English patterns, one list per category. Keep each entry self-contained: a regex that on
# its own means crisis, with its own look-arounds for the ordinary uses of the same words.
# ---------------------------------------------------------------------------------------

# Self-harm intent: explicit suicide / self-harm words, stated intent, a plan, means,
# goodbyes and "I'm not safe" (first person).
_EN_STATED_INTENT: list[str] = [
    r"suicid\w*",
    r"sui\s?cide",
    r"\bs(?:ui|iu|u)(?:c+|s+)i?d(?:e|es|al|le|ial|ality|ally)\b",  # sucidal, suicdal, suicidle, suiside
    r"\bsewer\s?slide\b",
    r"\bself[\s-]?delet(?:e|ing|ion)\b",
    r"\bkill?(?:ing|ed)?\s+" + _EN_MYSELF,
    r"\bkms\b",
    r"\bunaliv\w*",
    r"\bi\s+(?:cut|burned|burnt)\s+(?:again|deeper|deep|last\s+night|today|tonight)\b",
    r"(?<!the )\bend(?:ing)?\s+(?:it\s+all|my\s+(?:own\s+)?(?:life|lfe|lyfe|lief|liife)|everything|my\s+suffering)",
    r"(?<!the )\bend(?:ing|s)?\s+things\b(?!\s+with\s+(?!life|everything|this\s+world))",
    r"\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b(?!\s+(?:back|in\s+(?:a|my|the|new)|into|to\s+the\s+next|forward)\b)",
    r"\bself[\s-]?harm\w*",
    r"(?<!accidentally )\b(?:hurt|harm|cut|burn)(?:t?ing|s|ed|t)?\s+my\s?self\b(?!\s+(?:by\s+(?:accident|falling|tripping|"
    r"mistake)|accidentally|at\s+the\s+gym|working\s+out|lifting|exercising|playing|shaving|cooking|out|skiing|"
    r"snowboarding|running|jogging|hiking|biking|cycling|climbing|dancing|gardening|skating|surfing|training|moving|"
    r"on\s+(?:the|a)\s+(?:stove|oven|pan|iron|grill))\b)",
    r"\bbeen\s+(?:cutting|burning)\b(?!\s+(?:back|down|out|costs?|corners|my\s+(?:dose|meds|hair)|the|carbs|calories|"
    r"sugar|weight|through|off|ties|class|school|it)\b)",
    r"\b(?:started|starting|start|been|i'?m|am|keeps?|kept)\s+(?:cutting|burning)\s+again\b",
    r"\b(?:hang(?:ing|ed)?|shoot(?:ing)?|shot|stab(?:bing|bed)?|drown(?:ing|ed)?|suffocat(?:e|ing|ed))\s+my\s?self",
    r"\bstarv(?:e|ing|ed)\s+my\s?self\b(?!\s+(?:before|ahead\s+of|for)\s+(?:the|my|an?|this)\s+(?:infusion|session|"
    r"procedure|surgery|appointment|treatment|test|blood\s?work|blood\s+test)\b)",
    r"\b(?:slit|slash|cut)(?:ting|ing)?\s+my\s+(?:wrists?|throat)",
    r"(?<!n't )(?<!not )(?<!dont )(?<!never )\b(?:want(?:s|ed|ing)?|wanna|wnat|plan(?:ning|s)?|ready|trying|"
    r"deserve)\s+(?:to\s+|too\s+|2\s+)?die\b",
    r"(?<!n't )(?<!not )\b(?:want(?:s|ed|ing)?|wanna)\s+(?:to\s+)?be\s+dead\b",
    # "want to end it", "might just end it tonight" -- but not "end it early if I panic".
    r"(?<!n't )(?<!not )(?<!can i )(?<!could i )(?<!can they )(?<!can you )(?<!can we )(?<!will they )"
    r"(?<!would they )\b(?:want(?:s|ed)?\s+to|wanna|gonna|going\s+to|about\s+to|ready\s+to|"
    r"plan(?:ning|s)?\s+(?:to|on)|decided\s+to|trying\s+to|thinking\s+(?:of|about)|think\s+about|"
    r"might|will|i'?ll|just|should|need\s+to|to)\s+(?:just\s+)?end(?:ing)?\s+it(?:\s+all)?\b"
    r"(?=\s*(?:$|[.!,;:)]|\s(?:now|tonight|today|tomorrow|for\s+good|soon|already|forever|here|"
    r"this\s+(?:week|weekend|time)|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+weekend)|"
    r"once\s+and\s+for\s+all|and\b|i\b|but\b|so\b)))",
    r"(?<!like )\bjump(?:ing|ed|s)?\s+(?:off|from)\s+(?:a|the|this|that|my|our)\s+(?:\w+\s+)?(?:bridge|roof|rooftop|"
    r"building|balcony|cliff|overpass|tower|ledge|parking\s+(?:garage|structure)|window)",
    r"\b(?:jump|step|walk|throw\s+my\s?self)(?:ing|ed|s)?\s+(?:in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|car|"
    r"truck|subway)|into\s+traffic)",
    r"\bnoose\b",
    r"\bdo\s+something\s+to\s+my\s?self\b",
    r"\bwhat\s+i(?:\s+(?:might|could|will|would|may|am\s+going\s+to)|'?ll|'?d|'?m\s+going\s+to)\s+do\s+to\s+my\s?self\b",
    r"\b(?:thinkin[g']?\s+(?:of|about)|think\s+about|going\s+to|gonna|want\s+to|wanna|about\s+to|ready\s+to)\s+jump(?:ing)?\b"
    r"(?!\s+(?:in|into|on|at|through|back|right|ahead|start|to|the\s+gun|ship|straight|rope|higher|up)\b)",
    r"\bstanding\s+on\s+(?:the|a|this|that)\s+(?:bridge|ledge|roof|rooftop|overpass|railing|cliff\s+edge|"
    r"edge\s+of\s+(?:the|a)\s+(?:bridge|roof|cliff|building))\b",
    r"\b(?:standing|sitting|sat|stood|stand|sit)\s+(?:on|at)\s+(?:the|a|this|that)\s+(?:(?:edge|ledge|railing|rail)\s+of\s+"
    r"(?:the|a|this|that|my)\s+(?:bridge|roof|rooftop|overpass|cliff|building|balcony|parking\s+garage|tower)|ledge)\b",
    r"\b(?:drive|driving|driveing|drivin'?)\s+(?:(?:my|his|her|their|the)\s+(?:car|truck|van)\s+)?"
    r"(?:off\s+(?:a|the)\s+(?:cliff|bridge?|overpass)|into\s+(?:a|the)\s+"
    r"(?:tree|wall|river|lake|overpass|pole|pillar|bridge|embankment)|into\s+(?:oncoming\s+)?traffic)\b"
    r"(?!\s+(?:exit|ramp|road|street|route))",
    r"\bcrash(?:ing)?\s+my\s+car\s+on\s+purpose\b",
    r"\b(?:have|got|holding|hold|'?ve\s+got)\s+(?:the|my|all\s+(?:the|my)|a\s+bottle\s+of|a\s+handful\s+of)\s+"
    + EN_DRUG
    + r"\s+(?:in\s+(?:my\s+hand|front\s+of\s+me)|(?:ready|lined\s+up|counted\s+out)(?=\s*(?:$|[.!,;]|"
    r"\s(?:to|and|now|right\s+now|tonight|on\s+(?:the|my)\s+(?:counter|table|nightstand|bed|desk|floor))\b)))",
    r"\b" + EN_DRUG + r"\s+in\s+my\s+hand\b",
    r"\bholding\s+(?:the|my|a\s+bottle\s+of|a\s+handful\s+of)\s+"
    + EN_DRUG
    + r"\b(?=\s*(?:$|[.!,;]|\s(?:right\s+now|now|in\s+my\s+hand|and)\b))",
    r"\benough\s+(?:\w+\s+)?" + EN_DRUG + r"\s+(?:saved|stockpiled|stashed)\b",
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
    r"\bwon'?t\s+need\s+(?:it|them|one|that|anything|any\s+of\s+(?:it|this|my\s+stuff))\s+(?:soon|much\s+longer|"
    r"where\s+i'?m\s+going|after\s+(?:tonight|today|this\s+(?:week|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day))",
    r"\b(?:tonight|today)\s+(?:is|will\s+be|'?s)\s+(?:my|his|her|their)\s+(?:very\s+)?last\s+(?:night|day)\b"
    r"(?!\s+(?:of|at|in|before|on|with|here|working|off)\b)",
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
    r"(?:my\s+|these\s+|the\s+|some\s+|enough\s+|a\s+bunch\s+of\s+)?(?:\w+\s+)?" + EN_DRUG + r"\b",
    r"\b" + EN_DRUG + r"\s+(?:saved|stockpiled|stashed|hidden|hoarded)\s+(?:up|away)\b",
    r"\b(?:how\s+(?:many|much)|enough)\b[^.?!]{0,60}?\b(?:to|would|will|could)\s+(?:it\s+)?(?:take\s+to\s+)?"
    r"(?:make\s+sure\s+(?:i\s+)?)?(?:kill\s+(?:me|my\s?self)|die|end\s+(?:it|my\s+life)|"
    r"(?:i\s+)?(?:not|never|don'?t|dont|won'?t|wouldn'?t)\s+wake\s+up|(?:just\s+)?(?:not|never)\s+come\s+back)\b",
    EN_WEAPON + r"\b[^.?!]{0,80}?\b(?:(?:i'?m|i\s+am)\s+done|end\s+it|use\s+it|kill|die\b|dead\b|goodbye|"
    r"on\s+my\s?self|loaded|to\s+my\s+head|in\s+my\s+mouth|(?:on|in)\s+my\s+lap|in\s+my\s+hand|in\s+front\s+of\s+me)",
    r"\b(?:loaded|cocked)\s+(?:a\s+|my\s+|the\s+|his\s+|her\s+)?" + EN_WEAPON + r"\b",
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
    r"those\s+)?" + EN_DRUG + r"\b(?=\s*(?:$|[.!,;]|\s(?:at\s+once|at\s+the\s+same\s+time|tonight|now|right\s+now|"
    r"and\s+(?:sleep|not|never|be\s+done|end|die)|so\s+i|to\s+(?:die|end|sleep\s+forever|not\s+wake))\b))",
    EN_WEAPON.join((r"\b", r"\b.*?\b(?:keep|kept|been|i'?m|am)\s+(?:looking|staring)\s+at\s+it\b")),
    r"\b(?:loaded|holding|cleaning\s+and\s+loading)\s+(?:my|a|the|dad'?s|his)\s+" + EN_WEAPON + r"\b.*?\b(?:tonight|"
    r"right\s+now|now|end|done|over|can'?t)\b",
    r"\boff(?:ing)?\s+my\s?self\b",
    r"\b(?:painless|least\s+painful|peaceful|quickest|easiest|fastest|best)\s+way\s+to\s+(?:die|kill\s+my\s?self|"
    r"end\s+(?:it|my\s+life))\b",
    r"\b(?:painless|least\s+painful|peaceful)\s+way\s+to\s+go\b(?!\s+(?:to|there|about|in|with|through|for|back|home)\b)",
    r"\bin\s+case\s+(?:something|anything)\s+(?:happens|were\s+to\s+happen)\s+to\s+me\s+(?:tonight|today|tomorrow|"
    r"this\s+week(?:end)?|soon)\b",
    r"\b(?:don'?t|do\s+not)\s+think\s+i'?(?:ll|\s+will)\s+be\s+(?:here|around|alive)\s+(?:much\s+longer|"
    r"for\s+(?:much\s+)?long(?:er)?|tomorrow|any\s?more|soon|by\s+(?:morning|tomorrow|the\s+weekend))\b",
    # Self-injury in other words: scratching, carving, burning, hitting, "until it bled".
    r"\bself[\s-]?(?:injur(?:y|ies|e|ing|ious)|mutilat\w*)\b",
    r"\b(?:want|wanna|going|gonna|thinking\s+(?:about|of)|plan\w*|ready)\s+(?:to\s+)?self[\s-]?terminat\w*",
    r"\b(?:scratch|cut|carv|claw|hit|punch|bang|burn|pick|punish)\w*\s+(?:at\s+)?(?:my\s?self|my\s+(?:arms?|legs?|"
    r"thighs?|wrists?|skin|stomach|hips?|head|body))\s+(?:until|till|til|'til)\s+(?:it|they|i)\s+(?:bled|bleeds?|bruised?|hurts?|burns?)\b",
    r"\bmake\s+my\s?self\s+bleed\b",
    r"\bcarv(?:e|ed|ing)\s+(?:\w+\s+){0,2}?(?:into\s+)?(?:my|his|her|their)\s+"
    r"(?:skin|arms?|legs?|thighs?|wrists?|stomach|body)\b",
    r"\b(?:took|take|taking|takes)\s+a\s+(?:razor|blade|knife|lighter)\s+to\s+(?:my|his|her|their)\s+(?:arms?|thighs?|"
    r"wrists?|stomach)\b",
    r"\b(?:fresh|new|deep)\s+cuts\s+on\s+(?:my|his|her|their)\s+(?:arms?|legs?|thighs?|wrists?)\b",
    r"\b(?:(?:cut|burn(?:ed|t)?|scratch(?:ed)?|hit|punch(?:ed)?|bang(?:ed)?|bit|hurt|stabbed|scalded)\s+(?:my\s?self|my\s+"
    r"(?:arms?|legs?|thighs?|wrists?|skin|stomach|hands?|head|body|face|fingers?))|stopped\s+eating)[^.?!]{0,40}"
    r"\bon\s+purpose\b",
    r"\bi\s+deserve\s+(?:to\s+(?:suffer|hurt|be\s+hurt|be\s+punished|feel\s+pain|bleed)|(?:the\s+)?pain\b(?!\s+(?:relief|"
    r"management|control|free)))",
    r"\b(?:hit|punch|bite)(?:ting|ing|ed|s)?\s+my\s?self\b(?!\s+(?:by\s+accident|accidentally|on\s+"
    r"(?:the|a)\s+(?:door|table|cabinet|corner))\b)",
    r"\b(?:urges?\s+to|craving\s+to|itching\s+to|need\s+to|want\s+to|wanna|think(?:ing)?\s+(?:about|of)|relaps(?:e|ed|ing)"
    r"\s+(?:and|on))\s+(?:cut(?:ting)?|burn(?:ing)?)\b(?=\s*(?:$|[.!,;]|\s(?:again|tonight|today|right\s+now|"
    r"so\s+bad(?:ly)?|really\s+bad(?:ly)?|is\b|was\b|deep(?:er)?|my\s?self|last\s+night|but\b)))",
    # Means in hand: rope, razor, car running in a closed garage, a bullet, eating a gun.
    r"\b(?:bought|got|have|tied|hung|found|made)\s+(?:a|the|my)\s+rope\b(?!\s+(?:for|to\s+(?:climb|tie|hang\s+(?:the|a|"
    r"my)\s+(?!my\s?self))|ladder|swing|course|bag|burn)\b)",
    r"\b(?:razor|blade|knife|rope|gun|pistol|rifle|sidearm)\b[^.?!]{0,60}?\bthink(?:ing)?\s+(?:about|of)\s+"
    r"using\s+(?:it|them)\b(?!\s+(?:for|to\s+shave|on\s+my\s+(?:legs|beard|face|hair))\b)",
    r"\b(?:car|engine|truck|motor)\s+running\b[^.?!]{0,40}?\bgarage\s+(?:door\s+)?(?:shut|closed|down)\b",
    r"\bgarage\s+(?:door\s+)?(?:shut|closed)\b[^.?!]{0,40}?\b(?:car|engine|truck|motor)\s+running\b",
    r"\b(?:put(?:ting)?|shoot(?:ing)?|fir(?:e|ing))\s+a\s+bullet\s+(?:in|into|through)\s+(?:my|his|her|their)\s+"
    r"(?:head|brain|skull|mouth|heart|chest)\b",
    r"\bblow(?:ing)?\s+(?:my|his|her|their)\s+(?:own\s+)?(?:brains?|head)\s+(?:out|off)\b",
    r"\beat(?:ing)?\s+(?:my|his|her|their)\s+(?:own\s+)?(?:gun|pistol|sidearm|rifle|shotgun|bullet|service\s+weapon)\b",
    r"\b(?:yeet|throw|fling|hurl)(?:ing)?\s+my\s?self\s+(?:off|from|out\s+of|under|in\s+front)\b",
    r"\b(?:delete|end|erase|self[\s-]?destruct)(?:ing)?\s+my\s?self\b(?!\s+from\b)",
    r"\b(?:think\w*\s+(?:about|of)|going\s+to|gonna|want\s+to|wanna|plan\w*\s+to|ready\s+to)\s+ctb\b",
    r"\b(?:become|becoming|be|being|end\s+up\s+as|join(?:ing)?)\s+(?:just\s+)?(?:another\s+)?one\s+of\s+the\s+"
    r"(?:22|twenty[\s-]?two)\b(?!\s+(?:people|patients|on|in)\b)",
    r"\bgo(?:ing)?\s+out\s+on\s+my\s+own\s+terms\b",
    r"\b(?:walk|swim|wade|drive)\w*\s+(?:out\s+)?into\s+(?:the\s+)?(?:ocean|sea|lake|river|water)\s+and\s+(?:not|never)\s+"
    r"(?:come|coming)\s+back\b",
    r"\b(?:pictur|imagin|fantasi[sz]|daydream|dream)\w*\s+(?:about\s+)?(?:\w+\s+){0,8}?(?:just\s+)?"
    r"(?:walk|wad|swim|driv)\w*\s+(?:out\s+)?into\s+(?:the\s+)?(?:ocean|sea|lake|river|water)\b",
    r"\ball\s+(?:of\s+)?(?:my|the)\s+(?:\w+\s+)?" + EN_DRUG + r"\s+(?:ready|lined\s+up|counted\s+out|laid\s+out)"
    r"(?=\s*(?:$|[.!,;]|\s(?:on\s+the\s+(?:counter|table|nightstand|bed|floor|desk)|tonight|now|right\s+now)\b))",
    # Looking up methods; a lethal amount of my own pills.
    r"\b(?:look(?:ing|ed)?\s+up|googl(?:e|ing|ed)|research(?:ing|ed)?|search(?:ing|ed)?(?:\s+for)?|read(?:ing)?\s+about)"
    r"\s+(?:\w+\s+){0,3}?(?:ways?|methods?|how)\s+to\s+(?:die|kill\s+my\s?self|end\s+(?:it|my\s+life)|overdose|"
    r"not\s+wake\s+up)\b",
    r"\b(?:look(?:ing|ed)?\s+up|googl(?:e|ing|ed)|research(?:ing|ed)?|search(?:ing|ed)?(?:\s+for)?)\s+(?:the\s+)?"
    r"(?:most\s+)?(?:painless|least\s+painful|quickest|surest|suicide)\s+(?:methods?|ways?)\b"
    r"(?=\s*(?:$|[.!,;]|\s(?:to\s+(?:die|go|end|do\s+it)|and|tonight)\b))",
    r"\bhow\s+(?:many|much)\s+(?:of\s+)?my\b[^.?!]{0,50}?\b(?:lethal|fatal|deadly)\b",
    r"\blethal\s+dose\s+of\s+my\b",
    # A chosen day, no stopping me, going through with it, scared of what I'll do, can't keep myself safe.
    r"\b(?:picked|set|chose|chosen|decided\s+on)\s+(?:a|the|my)\s+(?:date|day|time)\s+(?:to|i'?m\s+(?:going\s+to|gonna)|"
    r"i'?ll|i\s+will)\s+(?:end\s+it|die|kill\s+my\s?self|do\s+it|go\s+through\s+with\s+it)\b",
    r"\b(?:don'?t|do\s+not)\s+(?:try\s+to\s+|bother\s+(?:trying\s+to\s+)?)?(?:stop|sav(?:e|ing))\s+me\b"
    r"(?=\s*(?:$|[.!,;]|\s(?:this\s+time|now|please|i'?m|i\s+(?:want|need|have)|it'?s)\b))",
    r"\bgo(?:ing)?\s+through\s+with\s+it\s+(?:tonight|tomorrow|this\s+time)\b",
    r"\beverything\s+i\s+need\s+to\s+(?:go\s+through\s+with\s+it|end\s+it)\b",
    r"\b(?:scared|afraid|terrified|worried|frightened)\s+(?:of\s+)?what\s+i(?:\s+(?:might|could|will|would|may)|'?ll|'?d)\s+"
    r"do\b(?=\s*(?:$|[.!,;]|\s(?:to\s+my\s?self|tonight|now|right\s+now|alone)\b))",
    r"\b(?:can'?t|cannot|not\s+sure\s+i\s+can|don'?t\s+know\s+if\s+i\s+can)\s+"
    r"(?:promise\s+(?:i'?(?:ll|\s+will|\s+can)|to)\s+)?"
    r"(?:keep|stay)\s+(?:my\s?self\s+)?safe\b(?!\s+(?:from\s+(?:covid|germs|infection)|while\s+driving|on\s+the\s+road)\b)",
    r"\blast\s+(?:hope|chance|resort|try|shot)\s+before\s+i\s+(?:end\s+it|kill\s+my\s?self|give\s+up\s+for\s+good|"
    r"check\s+out)\b",
    # Goodbyes, notes, being gone or dead by the time someone reads or calls.
    r"\bthis\s+is\s+(?:my\s+)?(?:goodbye|farewell)\b(?!\s+(?:to\s+(?:my\s+)?(?:old|ssris?|meds|the)|for\s+now)\b)",
    r"\btell\s+(?:my\s+\w+|them|everyone|her|him)\s+(?:that\s+)?i\s+(?:loved?\s+(?:him|her|them|you|everyone)|"
    r"'?m\s+sorry)(?=\s*(?:$|[.!,;]|\s(?:and|so\s+much|for\s+everything)\b))",
    r"\b(?:said|saying|say)\s+(?:all\s+)?my\s+(?:final\s+|last\s+)?goodbyes\b(?!\s+(?:at|before|to\s+(?:my|the)\s+"
    r"(?:old|former|team|coworkers|colleagues|therapist|doctor))\b)",
    r"\b(?:note|letters?)\s+(?:for\s+(?:[\w']+\s+){1,3})?(?:to\s+find|saying\s+(?:goodbye|sorry|bye))\b",
    r"\bletters?\s+to\s+(?:everyone|everybody|all\s+the\s+people|the\s+people)\s+i\s+love\b",
    r"\b(?:time\s+for\s+me\s+to|i\s+(?:need|want|have)\s+to|i'?m\s+(?:going\s+to|ready\s+to))\s+go\s+"
    r"(?:for\s+good|forever|permanently)\b(?=\s*(?:$|[.!;]|\s(?:now|tonight)\b))",
    r"\b(?:won'?t|will\s+not|wont)\s+be\s+(?:a\s+)?(?:problem|burden|bother|trouble)\s+(?:to|for)\s+(?:anyone|anybody|"
    r"you|them|everyone)\s+(?:after\s+(?:tonight|today|this)|much\s+longer|any\s?more|soon|for\s+long)\b",
    r"\bby\s+the\s+time\s+(?:anyone|you|they|someone|somebody)\s+(?:\w+\s+){0,3}?i'?(?:ll|\s+will)\s+(?:already\s+)?"
    r"be\s+(?:gone|dead)\b",
    r"\bi'?(?:ll|\s+will)\s+(?:probably\s+|already\s+|likely\s+)?be\s+dead\b(?!\s+(?:tired|serious|set|broke|asleep|"
    r"on\s+my\s+feet)\b)",
    r"\b(?:it|nothing|none\s+of\s+(?:it|this))\s+(?:won'?t|will\s+not|wont)\s+matter\s+(?:after\s+tonight|"
    r"much\s+longer)\b(?=\s*(?:$|[.!;]|\s(?:anyway|any\s?way)\b))",
    # "sh" for self-harm, as a verb: "been sh'ing again" (probe-y, 2026-12-05).
    r"\bsh['-]ing\b|\b(?:been|keep|kept|started|still|stop|stopped)\s+shing\b",
]
SELF_HARM_INTENT_PATTERNS: list[str] = (
    _EN_STATED_INTENT
    + INDIRECT_INTENT_PATTERNS
    + CALM_HINT_PATTERNS
    + NOW_INTENT_PATTERNS
    + MEANS_INTENT_PATTERNS
    + SLANG_INTENT_PATTERNS
    + DISCLOSED_INTENT_PATTERNS
)
OVERDOSE_PATTERNS: list[str] = (
    _EN_OVERDOSE
    + NOW_OVERDOSE_PATTERNS
    + MEANS_OVERDOSE_PATTERNS
    + SLANG_OVERDOSE_PATTERNS
    + DISCLOSED_OVERDOSE_PATTERNS
)

# Third-person danger: a friend or relative reported as suicidal, self-harming, armed,
# saying goodbye or "done". (Subject-free patterns in the other lists also catch
# "my son says he wants to end it"; these cover wording only used about someone else.)
THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\b(?:kill|hurt|harm|cut|burn|hang|shoot|stab|starve|drown|unalive)(?:s|t?ing|ed|ting)?\s+" + _EN_THEMSELF + r"\b",
    r"\b(?:end(?:ing|s)?|take|taking|takes|took)\s+(?:his|her|their)\s+(?:own\s+)?li(?:fe|ves)\b(?!\s+back\b)",
    r"\b(?:slit|slash|cut)(?:ting|ing|s)?\s+(?:his|her|their)\s+(?:wrists?|throat)",
    r"\b(?:says?|said|saying|keeps?\s+saying|kept\s+saying|told\s+(?:me|us)|texted(?:\s+me)?|messaged(?:\s+me)?|"
    r"posted)\s+(?:that\s+)?(?:he|she|they)(?:'?s|'?re|\s+is|\s+are|\s+was|\s+were)\s+(?:so\s+|just\s+|completely\s+|"
    r"really\s+|totally\s+)?done\b(?!\s+(?:with\s+(?!life|living|everything|it\s+all|this\s+world|being\s+alive)|"
    r"trying|taking|doing|going|paying|being\s+(?!alive|here)|seeing|working|for\s+the|for\s+today|at|after|soon|in|"
    r"by|eating|driving|now\s+with)\b)(?!.{0,60}\b(?:infusions?|sessions?|treatments?|series|rounds?|course|"
    r"boosters?|doses?)\b)",
    EN_WEAPON + r"\b[^.?!]{0,80}?\b(?:(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+done|sa(?:ys?|id)\s+goodbye|"
    # A dove shoot, skeet or the shooting range is sport.
    r"end\s+it|kill|die\b|dead\b|(?<!dove\s)(?<!skeet\s)(?<!trap\s)(?<!clay\s)(?<!turkey\s)(?<!photo\s)shoot"
    r"(?!ing\s+(?:range|club|lessons?|competitions?|sports?|league))|on\s+"
    + _EN_THEMSELF
    + r"|to\s+(?:his|her|their)\s+head|"
    r"in\s+(?:his|her|their)\s+mouth|threaten\w*)",
    r"\b(?:(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+done|threaten(?:s|ed|ing)?|talking\s+about\s+(?:dying|ending\s+it|"
    r"killing))\b[^.?!]{0,80}?\b" + EN_WEAPON + r"\b",
    r"\b(?:says?|said|thinks?|thought|feels?|felt|believes?|told\s+(?:me|us)|keeps?\s+saying|convinced)\s+(?:(?:\w+\s+){0,3}?that\s+)?"
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
    r"\b(?:sitting|sat|alone|locked|hiding)\b[^.?!]{0,60}\bwith\s+(?:his|her|their|a|my|the)\s+" + EN_WEAPON,
    r"\b(?:texted|messaged|sent|told)\s+(?:me\s+)?(?:a\s+)?goodbye\b",
    r"\b(?:he|she|they)\s+(?:already\s+)?(?:has|have|got|bought|'?s\s+got|'?ve\s+got)\s+(?:a|the)\s+(?:rope|noose)\b",
    r"\bleft\s+(?:me\s+|us\s+)?a\s+note\b(?=[^.?!]{0,60}\b(?:gone|missing|can'?t\s+(?:find|reach)|isn'?t\s+answering|"
    r"not\s+answering|won'?t\s+answer)\b)",
    r"\bwon'?t\s+be\s+around\s+for\s+(?:christmas|thanksgiving|the\s+holidays|new\s+year'?s?|(?:his|her|their|my)\s+"
    r"birthday)\b",
    *NOW_THIRD_PERSON_PATTERNS,
    *MEANS_THIRD_PERSON_PATTERNS,
    *DISCLOSED_THIRD_PERSON_PATTERNS,
    *WARNING_SIGN_PATTERNS,
]
