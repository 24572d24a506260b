"""Spanish crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

The assistant answers in English, but a visitor in danger may write in Spanish ("ya no quiero
vivir, tengo las pastillas aquí"): every language's patterns are checked on every message, so
such a message still gets the crisis resources at once. The same five categories as English;
accents are optional (``[aá]``), since many people type without them. Ordinary questions that
share the words ("¿la ketamina puede hacerme daño?", "la clínica no responde") must stay
unflagged; ``tests/test_safety.py`` holds both kinds.
"""

from __future__ import annotations

# No line of its own: the crisis reply always carries 988's Spanish line (domain.yml).
INTERPRETER_LINE = ""
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**En español:** llame al [911](tel:911) ahora y diga "Spanish".'
# Letters Portuguese does not write, for words both languages share (bot.safety.crisis_language).
OWN_LETTERS = "[ñ¿¡]"

_ES_PILLS = r"(?:pastillas|p[ií]ldoras|tabletas|medicinas|medicamentos|calmantes|somn[ií]feros)"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:me\s+)?quiero\s+(?:matar(?:me)?|morir(?:me)?|suicidar(?:me)?)\b",
    r"\b(?:matarme|suicidarme|quitarme\s+la\s+vida|acabar\s+con\s+mi\s+vida)\b",
    r"\b(?:quiero|ganas\s+de|pienso\s+en|voy\s+a)\s+hacerme\s+da[ñn]o\b",
    r"\b(?:cortarme|me\s+cort[eé]|me\s+corto)\s+(?:los\s+brazos|las\s+mu[ñn]ecas|la\s+piel|otra\s+vez|de\s+nuevo)\b",
    r"\btengo\s+(?:un\s+)?plan\s+para\s+(?:matarme|morir|quitarme\s+la\s+vida|acabar\s+con\s+todo)\b",
    r"\bya\s+no\s+(?:aguanto|puedo)\s+m[aá]s\b(?=\s*(?:$|[.!,;]))",
    # Throwing myself from a window, a bridge or a roof (probe-t, 2026-12-04).
    r"\b(?:tirarme|aventarme|lanzarme|arrojarme|me\s+tire|me\s+tiro|me\s+lance|me\s+avente)\s+(?:(?:por|de|desde)\s+"
    r"(?:la|el|un|una)|del)\s+(?:ventana|balc[oó]n|puente|edificio|azotea|techo)\b",
    # A medicine at hand, to use on myself (probe-q, 2026-12-04).
    r"\busar(?:la|lo|las|los)\s+(?:conmigo|contra\s+m[ií])\s+mism[oa]\b",
    # Cutting myself every day (probe-y, 2026-12-05), not my hair or my nails.
    r"\bme\s+(?:he\s+estado|estoy|sigo|vengo)\s+cortando\b(?!\s+(?:el\s+(?:pelo|cabello|flequillo)|las\s+u[ñn]as|"
    r"la\s+barba|el\s+dedo))",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bno\s+quiero\s+(?:vivir|seguir\s+viviendo|estar\s+aqu[ií]|despertar(?:me)?|existir)\b",
    r"\bquisiera\s+(?:morirme|no\s+despertar|desaparecer\s+para\s+siempre|estar\s+muert[oa])\b",
    r"\b(?:mejor|preferir[ií]a)\s+estar\s+muert[oa]\b",
    r"\b(?:todos|mi\s+familia)\s+(?:estar[ií]an|estar[aá]n)\s+mejor\s+sin\s+m[ií]\b",
    r"\bla\s+vida\s+no\s+tiene\s+sentido\b",
    r"\bsoy\s+una\s+carga\s+para\s+(?:todos|mi\s+familia|los\s+dem[aá]s)\b",
    r"\bdesaparecer\s+para\s+siempre\b",
    r"\bno\s+quiero\s+seguir\s+(?:aqu[ií]|en\s+este\s+mundo|con\s+vida|viv[ao])\b",
    # "Ya da igual, no voy a estar" (it doesn't matter, I won't be here; probe-vv, 2026-12-05).
    r"\bya\s+da\s+igual\b[^?]{0,30}?\bno\s+voy\s+a\s+estar\b|\bya\s+no\s+voy\s+a\s+estar\s+(?:aqu[ií]|m[aá]s)\b",
    # Goodbye letters already written for the family (probe-hh, 2026-12-05).
    r"\bya\s+(?:les\s+)?(?:escrib[ií]|dej[eé]|termin[eé])\s+(?:las|unas|mis)\s+cartas\s+(?:de\s+despedida|(?:para|a)\s+"
    r"(?:mis|mi)\s+(?:hij[oa]s?|familia|espos[oa]|nietos|padres|mam[aá]|pap[aá]))\b",
    # "best time to call: nunca, ya me despedí de todos" (probe-nn), not goodbyes at a party or at work.
    r"\bya\s+me\s+desped[ií]\s+de\s+(?:todos|todo\s+el\s+mundo|mi\s+familia|mis\s+hij[oa]s)\b"
    r"(?![^.?!]{0,30}\b(?:fiesta|trabajo|oficina|reuni[oó]n|viaje|aeropuerto|boda|clase)\b)",
    # "mejor me voy con Dios y le dejo el dinero a mis nietos" (probe-ll, 2026-12-05).
    r"\bmejor\s+me\s+voy\s+con\s+dios\b",
    # Better off with the insurance money than with me; "after Saturday I won't be here" ending the
    # message (probe-nn, probe-mm, 2026-12-05).
    r"\bmejor\s+con\s+el\s+(?:dinero\s+del\s+)?seguro\s+que\s+conmigo\b",
    r"\bdespu[eé]s\s+del?\s+\w+\s+ya\s+no\s+voy\s+a\s+estar\b(?=\s*[.!]*\s*$)",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:me\s+)?(?:tom[eé]|trag[uú][eé]|se\s+tom[oó]|se\s+trag[oó])\s+(?:todas\s+(?:las|mis|sus)|much[ao]s|"
    r"un\s+frasco\s+de|demasiad[ao]s)\s+" + _ES_PILLS + r"\b"
    # "todas mis pastillas esta mañana, como siempre" is the daily dose (English has the same rule).
    r"(?!\s+(?:de\s+)?(?:esta\s+ma[ñn]ana|como\s+siempre|como\s+de\s+costumbre|a\s+su\s+hora|a\s+la\s+hora|de\s+siempre|"
    r"de\s+cada\s+d[ií]a)\b)",
    r"\b(?:tuvo|tuve|est[aá]\s+teniendo)\s+una\s+sobredosis\b",
    r"\btengo\s+(?:las|mis|todas\s+las)\s+" + _ES_PILLS + r"\s+(?:aqu[ií]|listas|en\s+la\s+mano|en\s+la\s+mesa)\b",
    r"\b(?:no\s+respira|no\s+se\s+despierta)\b",
    # How many pills it takes to die; the lethal dose of another medicine (ketamine's own stays a
    # safety question, as in English).
    r"\b(?:" + _ES_PILLS + r"|dosis|cantidad)\b[^.?!]{0,60}?\bpara\s+morir(?:me|se)?\b"
    r"(?!\s+de\s+(?:risa|aburrimiento|miedo|envidia|ganas|hambre)\b)",
    r"\bmorir(?:me|se)?\s+sin\s+dolor\b",
    r"\bdosis\s+(?:letal|mortal)\s+de\s+(?!(?:la\s+)?(?:ketamina|esketamina|spravato)\b)\w+",
    # Mixed or took something and now can hardly breathe (probe-n, 2026-12-04).
    r"\b(?:mezcl[eéoó]|tom[eé]|se\s+tom[oó])\b[^.?!]{0,80}?\b(?:(?:me|le)\s+cuesta|(?:casi\s+)?no\s+(?:puedo|puede))\s+"
    r"respirar\b",
    r"\bmezcl[eé]\s+(?:el\s+|la\s+|mis\s+|las\s+)?(?:alcohol|ketamina|clonazepam|xanax|alprazolam|rivotril|opioides|"
    r"fentanilo|" + _ES_PILLS + r")\s+con\s+[^.?!]{0,40}?\by\s+(?:ahora\s+)?me\s+siento\s+(?:muy\s+)?"
    r"(?:mal|rar[oa]|mare[ao]d[oa])\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\bse\s+quiere\s+(?:matar|morir|suicidar)\b",
    r"\b(?:ya\s+)?no\s+quiere\s+(?:vivir|seguir\s+viviendo|seguir\s+aqu[ií]|existir)\b(?!\s+(?:con|en|cerca|lejos|sol[oa]|as[ií])\b)",
    r"\bquiere\s+(?:matarse|morirse|suicidarse|quitarse\s+la\s+vida)\b",
    r"\bhabl(?:a|ando|[oó])\s+de\s+(?:matarse|suicidarse|quitarse\s+la\s+vida)\b",
    r"\bse\s+(?:est[aá]\s+)?cortando\s+(?:los\s+brazos|las\s+mu[ñn]ecas|otra\s+vez)\b",
    # "dice que se va a tirar" from a bridge (probe-y, 2026-12-05), not into the pool.
    r"\bdice\s+que\s+se\s+va\s+a\s+(?:tirar|aventar|lanzar|matar)\b(?!\s+(?:a\s+la\s+(?:piscina|alberca|cama|playa)|"
    r"al\s+(?:agua|mar|r[ií]o|sof[aá])|un\s+pedo|de\s+(?:risa|hambre)|en\s+la\s+cama))",
]

# A medical emergency now (not a crisis of suicide): someone not breathing, seizing, a stroke's
# signs, a throat swelling shut, chest pain with a call for help. The reply is "llame al 911".
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"^(?!.*\b(?:puede\s+causar|si\s+(?:me|le|tengo|tiene)|hace\s+\w+\s+a[ñn]os|de\s+ni[ñn][oa]|antecedentes|historial)\b)"
    r".*?\b(?:no\s+(?:puede|puedo|podemos)\s+respirar|no\s+respira|respira\s+(?:muy\s+)?(?:raro|mal|lento|poco)|"
    r"convulsionando|(?:est[aá]\s+)?convulsiona\b|no\s+despierta|no\s+reacciona|no\s+responde\b(?!\s+(?:a\s+(?:los|el|la|las|mis|sus|tus)|"
    r"mis|los|el|al\s+tratamiento))|poniendo\s+(?:morad[oa]|azul)|garganta\s+(?:hinchada|se\s+(?:me\s+)?cierra)|"
    r"(?:cara|boca)\s+ca[ií]da|labios\s+morados|no\s+(?:lo|la|le)\s+(?:puedo|podemos)\s+despertar|"
    r"trag[oó]\s+(?:una\s+|un\s+|unas\s+|unos\s+)?(?:pila|bater[ií]a|pastillas|im[aá]n)|no\s+puede\s+(?:mover|levantar)\s+el\s+brazo|dolor\s+(?:muy\s+)?(?:fuerte\s+)?en\s+el\s+pecho\b"
    r"[^.?!]{0,60}\b(?:ahora|ayuda|no\s+puede|sudando|qu[eé]\s+hago))",
]
