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
# "que" as phone typing and Caribbean speech write it ("dice q", "dique").
_QUE = r"(?:que|q|k|dique)"
# Die or death used loosely: of shame, laughter, hunger, heat, how dear things are ("me quiero morir de la vergüenza").
_NOT_IDIOM = (
    r"(?!\s+de\s+(?:la\s+)?(?:verg[uü]enza|risa|hambre|sed|calor|fr[ií]o|aburrimiento|envidia|ganas|sue[ñn]o|"
    r"cansancio|lo\s+caro|lo\s+que\s+cuesta|amor|nervios)\b)"
)
# Means at hand (the probe-lll round, 2026-12-07).
_ES_MEANS = r"(?:soga|cuerda|navaja|cuchilla|gillette|pistola|escopeta|rifle|arma|veneno)"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b(?:me\s+)?quiero\s+(?:matar(?:me)?|morir(?:me)?|suicidar(?:me)?)\b" + _NOT_IDIOM,
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
    # The probe-lll round (2026-12-07): a decision ("hoy me voy a matar", "me quito la vida", "quitarme de en
    # medio", "poner fin a mi vida"), not "me voy a matar estudiando" (working myself to death).
    r"\bme\s+voy\s+a\s+matar\b(?!\s+(?:estudiando|trabajando|de\s+(?:risa|hambre|cansancio)|en\s+el\s+(?:gym|gimnasio|trabajo)|"
    r"corriendo|con\s+(?:este|esta|el|la)\s+(?:trabajo|dieta|ejercicio|horario)))",
    r"\bme\s+quito\s+la\s+vida\b",
    r"\b(?:pensando\s+en|pienso\s+en|voy\s+a|quiero)\s+quitarme\s+de\s+en\s+medio\b(?!\s+de\b)",
    r"\bponer(?:le)?\s+fin\s+a\s+mi\s+vida\b",
    r"\b(?:me\s+quiero|quiero|voy\s+a|ganas\s+de|pensando\s+en)\s+(?:petatear(?:me)?|estirar\s+la\s+pata|colgar\s+los\s+tenis)\b",
    r"\b(?:hoy|esta\s+noche|ma[ñn]ana|ya)\s+(?:termino|acabo)\s+con\s+todo\b(?!\s+(?:el|la|los|las|lo\s+de|este|esta|eso|mi|mis)\b)",
    r"\b(?:lo\s+)?intent[eé]\b[^.?!]{0,60}?\besta\s+vez\s+no\s+(?:voy\s+a\s+fallar|fallo|me\s+va\s+a\s+fallar)\b",
    # The means ready or in hand, a rope bought (a whole message), locked in with a blade.
    r"\b(?:soga|cuerda)\s+(?:lista|preparada|colgada|amarrada)\b",
    r"^\W*ya\s+compr[eé]\s+(?:la\s+|una\s+)?(?:soga|cuerda)\W*$",
    r"\b(?:ya\s+)?tengo\s+(?:la|el|una|un|mi)\s+" + _ES_MEANS + r"\s+en\s+la\s+mano\b",
    r"\b(?:ya\s+)?tengo\s+(?:la|el|una|mi)\s+(?:soga|cuerda|navaja|cuchilla|veneno)\s+(?:list[ao]|preparad[ao])\b",
    r"\b(?:en\s+la\s+ba[ñn]era|en\s+el\s+ba[ñn]o)\s+con\s+(?:la|una)\s+(?:navaja|cuchilla|hoja\s+de\s+afeitar)\b",
    r"\b(?:tomarme|pienso\s+tom[aá]rmelo|voy\s+a\s+tom[aá]rmelo)\s+el\s+veneno\b|\bveneno\b[^.?!]{0,60}?\b(?:pienso|voy\s+a)\s+"
    r"tom[aá]rmelo\b",
    # Throwing myself under a train or a car, from the twelfth floor; letting myself fall; the sea's current.
    r"\b(?:tirarme|aventarme|lanzarme|arrojarme|me\s+lanzo|me\s+tiro|me\s+aviento|me\s+le\s+tiro)\s+(?:abajo\s+del?|bajo\s+el|"
    r"frente\s+al?|al|a\s+las|a\s+un[oa]?)\s+(?:tren|metro|v[ií]as|carro|coche|cami[oó]n|tr[aá]iler|autob[uú]s)\b",
    r"\b(?:tirarme|aventarme|lanzarme|arrojarme|me\s+lanzo|me\s+tiro|me\s+aviento)\s+(?:del|desde\s+el)\s+piso\s+\d+",
    r"\bpienso\s+tirarme\b(?!\s+(?:a\s+la\s+(?:piscina|alberca|playa|cama|arena)|al\s+(?:agua|sof[aá]|suelo|piso|mar\s+a\s+nadar)|"
    r"en\s+(?:la|el)\s+(?:cama|sof[aá]|playa)))",
    # Not "dejarme caer por tu casa" (drop by).
    r"\b(?:pens[eé]\s+en|pensando\s+en|voy\s+a|quiero)\s+dejarme\s+caer\b(?!\s+por\s+(?:tu|su|la|el|mi|ah[ií]|aqu[ií]|all[aá]))",
    r"\btirarme\s+al\s+(?:mar|r[ií]o)\s+y\s+(?:que\s+)?me\s+lleve\s+la\s+corriente\b",
    r"\bquisiera\s+que\s+(?:un|una|el)\s+(?:carro|coche|cami[oó]n|tren|auto|tr[aá]iler)\s+me\s+(?:atropellara|atropellase|matara)\b",
    # Self-harm: cut on the legs, deeper, a wrist already cut (not in an accident), burned, letting myself die.
    r"\b(?:me\s+corto|me\s+cort[eé]|cortarme)\s+(?:en\s+)?(?:las\s+piernas|los\s+muslos|la\s+mu[ñn]eca|m[aá]s\s+profundo)\b"
    r"(?![^.?!]{0,40}\b(?:sin\s+querer|cocinando|lavando|con\s+un\s+vidrio|jugando|trabajando|accidente|afeit\w*|rasur\w*|depil\w*)\b)",
    r"\bme\s+(?:he\s+estado|estoy|sigo)\s+haciendo\s+da[ñn]o\b(?!\s+(?:en\s+(?:la|el|los|las)\s+(?:espalda|rodillas?|manos?|"
    r"hombros?|cuello|pies?)|al\s+(?:cargar|levantar|trabajar)))",
    r"\b(?:quiero|ganas\s+de)\s+hacerme\s+m[aá]s\s+da[ñn]o\b",
    r"\bme\s+estoy\s+dejando\s+morir\b",
    r"\bcortar(?:me|se)?\s+las\s+venas\b",
    # Standing on a bridge or a roof to jump; the car running in the garage with me inside.
    r"\bestoy\s+parad[oa]\s+en\s+(?:el|la)\s+(?:puente|orilla|borde|azotea|techo|v[ií]as)\b"
    r"(?![^.?!]{0,40}\b(?:esperando|tomando\s+fotos|trabajando|tr[aá]fico|autob[uú]s|bus|cami[oó]n)\b)",
    r"\b(?:carro|coche|auto|camioneta)\s+en\s+(?:el\s+garaje|el\s+garage|la\s+cochera)\s+con\s+el\s+motor\s+(?:prendido|encendido)\b"
    r"[^.?!]{0,40}?\b(?:estoy\s+adentro|estoy\s+dentro|puerta\s+cerrada|port[oó]n\s+cerrado)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\bno\s+quiero\s+(?:vivir|seguir\s+viviendo|estar\s+aqu[ií]|despertar(?:me)?|existir)\b",
    r"\bquisiera\s+(?:morirme|no\s+despertar|desaparecer\s+para\s+siempre|estar\s+muert[oa])\b",
    r"\b(?:mejor|preferir[ií]a)\s+estar\s+muert[oa]\b",
    r"\b(?:estar[ií]an|estar[aá]n|vivir[ií]an)\s+mejor\s+sin\s+m[ií]\b",
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
    # The probe-lll round (2026-12-07): asking God or the Virgin to take me, not waking up, no reason to go on,
    # leaving this world, goodbyes, "where I'm going I won't need them".
    r"(?:\b(?:dios|diosito|el\s+se[ñn]or|la\s+virgen)\s+(?:que\s+)?|\ble\s+pido\s+a\s+(?:mi\s+)?(?:dios|diosito|la\s+virgen)\b"
    r"[^.?!]{0,40}?\bque\s+)me\s+(?:recoja|lleve|llevara|recogiera)\b(?!\s+(?:por\s+(?:buen|el\s+buen)\s+camino|de\s+la\s+mano|con\s+bien|a\s+(?:casa|misa|trabajar)|de\s+viaje))",
    r"\b(?:se\s+)?quiere\s+ir\s+con\s+(?:dios|diosito)\b",
    r"\bno\s+me\s+deje\s+amanecer\b|\bojal[aá]\s+(?:ya\s+)?no\s+(?:despierte|me\s+despierte|amanezca)\b(?!\s+(?:tarde|temprano|a\s+las|con|hasta))",
    r"\b(?:dormir(?:me|se)?|me\s+duermo|quedarme\s+dormid[oa])\s+(?:y\s+)?(?:ya\s+)?(?:pa(?:ra)?\s+)?no\s+despertar\b(?!\s+hasta\b)",
    r"\bno\s+le\s+veo\s+(?:el\s+)?sentido\s+a\s+(?:despertar|vivir|la\s+vida|seguir\s+viv[oa])\b",
    r"\b(?:no\s+encuentro\s+(?:por\s+qu[eé]|motivo(?:\s+alguno)?\s+para|raz[oó]n\s+para)|pa(?:ra)?\s+qu[eé]|(?:q|qu[eé])\s+caso\s+tiene|"
    r"no\s+vale\s+la\s+pena)\s+seguir\b(?!\s+(?:con|esperando|intentando|"
    r"pagando|buscando|llamando|en\s+lista|el|la|los|las|tomando|insistiendo|aqu[ií]\s+esperando|yendo))",
    r"\bmejor\s+me\s+muero\b" + _NOT_IDIOM,
    r"\bpienso\s+en\s+morir(?:me)?\b" + _NOT_IDIOM,
    r"\bme\s+voy\s+de\s+este\s+mundo\b",
    r"\bme\s+desaparezco\s+pa(?:ra)?\s+siempre\b",
    r"\bme\s+quiero\s+ir\s+de\s+aqu[ií]\s+pa(?:ra)?\s+siempre\b[^.?!]{0,30}\ben\s+serio\b",
    r"\breunir(?:me|se)?\s+con\s+(?:mi|su)\s+\w+(?:\s+\w+)?\s+en\s+el\s+cielo\b",
    r"\bentregar(?:le)?\s+mi\s+alma\b[^.?!]{0,30}?\b(?:hoy|esta\s+(?:misma\s+)?noche|ma[ñn]ana)\b",
    r"\bdonde\s+voy\s+no\s+(?:las|los|lo|la)\s+voy\s+a\s+necesitar\b",
    r"\bya\s+no\s+me\s+queda\s+nada\s+(?:que\s+hacer\s+)?en\s+este\s+mundo\b",
    r"\bya\s+no\s+voy\s+a\s+estar\b(?=\s*(?:$|[.!]))",
    r"\b(?:escribiendo|escrib[ií]|dej[eé]|termin[eé])\s+(?:mi|una|la)\s+(?:\w+\s+y\s+mi\s+)?carta\s+de\s+despedida\b(?!\s+(?:del|de\s+la|para\s+(?:el|la|mis)\s+"
    r"(?:trabajo|empresa|oficina|compa[ñn]eros|jefe)|a\s+mis\s+compa[ñn]eros))",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:me\s+)?(?:tom[eé]|trag[uú][eé]|se\s+tom[oó]|se\s+trag[oó])\s+(?:todas\s+(?:las|mis|sus)|much[ao]s|"
    r"un\s+frasco\s+de|demasiad[ao]s)\s+" + _ES_PILLS + r"\b"
    # "todas mis pastillas esta mañana, como siempre" is the daily dose (English has the same rule).
    r"(?!\s+(?:de\s+)?(?:esta\s+ma[ñn]ana|como\s+siempre|como\s+de\s+costumbre|a\s+su\s+hora|a\s+la\s+hora|de\s+siempre|"
    r"de\s+cada\s+d[ií]a)\b)",
    r"\b(?:tuvo|tuve|est[aá]\s+teniendo)\s+una\s+sobredosis\b",
    # The probe-lll round (2026-12-07): a whole bottle, box or strip, a heap, twenty of them, "ya me tomé todo".
    r"\b(?:me\s+)?(?:tom[eé]|trag[uú][eé]|se\s+tom[oó]|se\s+trag[oó]|me\s+he\s+tomado|se\s+ha\s+tomado)\s+(?:como\s+|unas?\s+|"
    r"m[aá]s\s+de\s+)?(?:todo\s+el\s+(?:frasco|bote|blister)|una\s+(?:caja|tira|botella|bolsa)\s+(?:entera|completa)|(?:un\s+)?"
    r"mont[oó]n\s+de\s+"
    + _ES_PILLS
    + r"|\d{2,}\s+(?:de\s+(?:las|mis|sus)\s+(?:"
    + _ES_PILLS
    + r"|de\s+\w+)|"
    + _ES_PILLS
    + r")\b)",
    r"\b(?:ya\s+)?me\s+tom[eé]\s+todo\b(?=\s*(?:$|[.!,;]))",
    r"\bme\s+tom[eé]\s+(?:las|mis)\s+" + _ES_PILLS + r"\b[^.?!]{0,50}?,\s*todas\b(?!\s+(?:las|mis)\b)",
    r"\bacabo\s+de\s+inyectarme\s+todo\b",
    r"\b(?:ya\s+)?tengo\s+(?:suficientes|bastantes)\s+para\s+tom[aá]r(?:las|melas)\s+todas\b(?![^.!?]*\?)",
    r"\b(?:guardad[ao]s|escondid[ao]s)\b[^.?!]{0,60}?\b(?:pienso|voy\s+a)\s+tom[aá]rmel[ao]s\b",
    r"\bse\s+va\s+a\s+tomar\s+todas\s+(?:las|sus)\s+" + _ES_PILLS + r"\b",
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
    # The probe-lll round (2026-12-07): said yesterday, would rather, locked in with the means, letting themself fall.
    r"\bse\s+quer[ií]a\s+(?:matar|morir|suicidar)\b" + _NOT_IDIOM,
    r"\bprefiere\s+(?:matarse|morirse|suicidarse)\b" + _NOT_IDIOM,
    r"\bse\s+encerr[oó]\s+(?:en\s+(?:el\s+ba[ñn]o|el\s+cuarto|su\s+cuarto|la\s+rec[aá]mara)\s+)?con\s+(?:una|la|un|el|su)\s+"
    r"(?:navaja|cuchilla|cuchillo|pistola|escopeta|arma|soga|cuerda)\b",
    r"\bse\s+va\s+a\s+dejar\s+caer\s+(?:por\s+la\s+escalera|del?\s+(?:techo|puente|balc[oó]n|edificio|azotea))\b",
    r"\b(?:ya\s+)?no\s+quiere\s+(?:vivir|seguir\s+viviendo|seguir\s+aqu[ií]|existir)\b(?!\s+(?:con|en|cerca|lejos|sol[oa]|as[ií])\b)",
    r"\bquiere\s+(?:matarse|morirse|suicidarse|quitarse\s+la\s+vida)\b",
    r"\bhabl(?:a|ando|[oó])\s+de\s+(?:matarse|suicidarse|quitarse\s+la\s+vida)\b",
    r"\bse\s+(?:est[aá]\s+)?cortando\s+(?:los\s+brazos|las\s+mu[ñn]ecas|otra\s+vez)\b",
    # "dice que se va a tirar" from a bridge (probe-y, 2026-12-05), not into the pool.
    r"\b(?:dice|dijo|diciendo|gritando|amenaza\s+con)\s+"
    + _QUE
    + r"\s+se\s+va\s+a\s+(?:tirar|aventar|lanzar|matar)\b(?!\s+(?:a\s+la\s+(?:piscina|alberca|cama|playa)|"
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
