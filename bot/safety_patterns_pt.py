"""Portuguese crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

A Brazilian or Portuguese visitor may write in Portuguese ("não aguento mais, já pensei em como vou
me matar"): every language's patterns are checked on every message. The same five categories as
English and Spanish, the core of each; accents are optional. "Vai me matar" (it will kill me) and
"me matar de rir" are idioms and stay unflagged: only the first person's own intent counts.
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = '**Em português:** ligue para o [988](tel:988) e peça um intérprete (diga "Portuguese").'
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Em português:** ligue agora para o [911](tel:911) e diga "Portuguese".'
# Letters Spanish does not write, for words both languages share (bot.safety.crisis_language).
OWN_LETTERS = "[ãõâêô]"

_PT_PILLS = r"(?:rem[eé]dios|comprimidos|p[ií]lulas|calmantes|rivotril|medicamentos)"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:vou|quero|queria|penso\s+em|pensei\s+em|pensando\s+em|vontade\s+de|tentei|como)\s+(?:\w+\s+){0,2}?"
    r"me\s+matar\b(?!\s+de\s+(?:rir|trabalhar|estudar|vergonha))",
    r"\b(?:me\s+suicidar|tirar\s+(?:a\s+)?minha\s+(?:pr[oó]pria\s+)?vida|acabar\s+com\s+(?:a\s+)?minha\s+vida)\b",
    r"\bme\s+jogar\s+(?:da|do|de\s+uma|de\s+um|na\s+frente\s+d[eoa])\s+(?:\w+\s+)?(?:janela|ponte|pr[eé]dio|sacada|"
    r"viaduto|varanda|carro|trem|metr[oô]|[oô]nibus|caminh[aã]o)\b",
    r"\b(?:me\s+cortei|me\s+corto|me\s+cortar)\s+(?:de\s+novo|outra\s+vez|nos\s+bra[cç]os|nos\s+pulsos)\b",
    # Cut my arms again (probe-tt, 2026-12-05), not a haircut or a cut while cooking.
    r"\bcortei\s+(?:os\s+|meus\s+|o\s+|meu\s+)?(?:bra[cç]os?|pulsos?|pernas|coxas)\b",
    # "hoje eu acabo com tudo, já decidi" (probe-zz, 2026-12-05): ending it all, today or decided; not
    # "acabar com tudo isso de papelada" (finishing the paperwork).
    r"\b(?:hoje|esta\s+noite|amanh[aã])\s+(?:eu\s+)?(?:acabo|vou\s+acabar)\s+com\s+tudo\b(?!\s+(?:isso|isto|o|a|os|as|de|do|da)\b)|"
    r"\b(?:acabo|vou\s+acabar|quero\s+acabar)\s+com\s+tudo\b[^?]{0,20}?\bj[aá]\s+decidi\b|"
    r"\bquero\s+acabar\s+com\s+tudo\b(?=\s*[.!]*\s*$)",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\b(?:quero|queria)\s+(?:muito\s+)?morrer\b",
    r"\bn[aã]o\s+quero\s+mais\s+(?:viver|existir|estar\s+aqui)\b",
    r"\bseria\s+melhor\s+(?:se\s+)?(?:eu\s+)?(?:sumir|sumisse|morrer|morresse|n[aã]o\s+existir|n[aã]o\s+estivesse\s+aqui)\b",
    r"\bn[aã]o\s+aguento\s+mais\s+(?:viver|esta\s+vida|essa\s+vida)\b",
    # "I can't take any more" on its own, as Spanish's "ya no aguanto más": "não aguento mais esperar"
    # (I can't wait any longer) goes on, so only the phrase at the end of a sentence counts.
    r"\bn[aã]o\s+aguento\s+mais\b(?=\s*(?:$|[.!,;]))",
    # "Too late for me" ending the message (probe-vv, 2026-12-05), not "tarde demais pra mim marcar hoje?".
    r"\btarde\s+demais\s+(?:pra|para)\s+mim\b(?=\s*[.!]*\s*$)",
    # A date, then "after that it won't be needed any more" to end the message (probe-jj, 2026-12-05).
    r"\bdepois\b[^.?!]{0,30}?\bn[aã]o\s+(?:precisa|vai\s+precisar|vai\s+ser\s+preciso|precisar[aá])\s+mais\b"
    r"(?=\s*[.!]?\s*$)",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\btomei\s+(?:todos\s+os\s+(?:meus\s+)?|todas\s+as\s+(?:minhas\s+)?|um\s+frasco\s+de\s+|"
    r"uma\s+cartela\s+(?:inteira\s+)?de\s+)"
    + _PT_PILLS
    # "todos os meus remédios hoje de manhã, como sempre" is the daily dose (English has the same rule).
    + r"\b(?!\s+(?:hoje\s+(?:de\s+)?manh[aã]|de\s+manh[aã]|esta\s+manh[aã]|como\s+sempre|como\s+de\s+costume|"
    r"no\s+hor[aá]rio|de\s+sempre|de\s+todo\s+dia)\b)",
    r"\b(?:tomei|bebi|engoli)\s+(?:um\s+pouco\s+de\s+)?(?:veneno|[aá]gua\s+sanit[aá]ria|soda\s+c[aá]ustica)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bquer\s+(?:se\s+matar|morrer|se\s+suicidar|tirar\s+a\s+pr[oó]pria\s+vida)\b",
    # "Disse que vai se matar hoje" (probe-rr, 2026-12-05), not "vai se matar de rir" or "trabalhando".
    r"\bvai\s+se\s+(?:matar|suicidar)\b(?!\s+(?:de\s+(?:rir|tanto|trabalhar|estudar|vergonha)|\w+(?:ando|endo|indo)\b))",
]

# A medical emergency now (not a crisis of suicide): the reply is "ligue para o 911".
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\bn[ãa]o\s+(?:consigo|consegue)\s+respirar\b|\best[aá]\s+(?:convulsionando|tendo\s+uma\s+convuls[ãa]o)\b|"
    r"\bn[ãa]o\s+(?:acorda|est[aá]\s+respirando)\b|\b(?:est[aá]\s+sangrando\s+muito|n[ãa]o\s+para\s+de\s+sangrar)\b",
]
