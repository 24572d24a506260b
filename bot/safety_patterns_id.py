"""Indonesian and Malay crisis patterns: language data for :mod:`bot.safety` (see its docstring for the rules).

Indonesian Americans and Malaysians write in Latin letters, casually ("pengen", "gak", "aja", Malay "nak",
"tak"), which no other pattern reads: of twelve Indonesian and Malay crisis messages on probe-uuu (2026-12-07),
nine got the crisis reply, all from the classifier. The core of the same five categories as English. Dying is a
crisis only when wanted ("pengen mati", "nak mati"), not a phone "mau mati" or a lamp "mati lampu".
"""

from __future__ import annotations

# The crisis reply's line for this language: 988 with an interpreter (SAMHSA's 988 FAQ).
INTERPRETER_LINE = "**Bahasa Indonesia:** telepon [988](tel:988) dan minta penerjemah."
# The medical-emergency reply's line in this language (bot.safety.reply_lines).
EMERGENCY_LINE = '**Bahasa Indonesia:** telepon [911](tel:911) sekarang dan sebutkan "Indonesian".'

_WANT = r"(?:pengen|pingin|pengin|ingin|mau|mo|nak|rasa\s+nak|niat|berniat|akan|bakal|rencana|berencana|mikir|mikirin)"

SELF_HARM_INTENT_PATTERNS: list[str] = [
    r"\b" + _WANT + r"\s+(?:aja\s+|saja\s+|je\s+)?(?:bunuh\s+diri|gantung\s+diri|akhiri\s+hidup|mengakhiri\s+hidup)|"
    r"\bgantung\s+diri\b|\b(?:mengakhiri|akhiri|akhirin)\s+hidup\s*(?:ku|aku|saya|gue|gw)\b|"
    r"\b(?:terjun|lompat|loncat)\s+dari\s+(?:atas\s+)?(?:bangunan|gedung|jembatan|atap|lantai)\b|"
    r"\b(?:nyilet|menyilet|silet|sayat|menyayat|nyayat|iris|ngiris)\s+(?:tangan|nadi|pergelangan|lengan)\b|"
    r"\b(?:ngakhirin|mengakhiri|akhiri|akhirin)\s+(?:semua(?:nya)?|segalanya)\b",
]

PASSIVE_IDEATION_PATTERNS: list[str] = [
    r"\b(?:pengen|pingin|pengin|ingin|nak)\s+(?:aku\s+|saya\s+|gue\s+|gw\s+)?mati\b|\bmau\s+mati\s+(?:aja|saja|je)\b|"
    r"\b(?:lebih\s+baik|mending|mendingan)\s+(?:aku\s+|saya\s+|gue\s+|gw\s+)?mati\b|"
    r"\b(?:gak|ga|nggak|ngga|tidak|tak|tdk|enggak)\s+(?:mau|ingin|pengen|kuat|sanggup|larat)\s+(?:nak\s+)?hidup\s+(?:lagi|lg)\b|"
    r"\b(?:gak|ga|nggak|tidak|tak)\s+ada\s+(?:alasan|gunanya|artinya)\s+(?:lagi\s+|lg\s+)?(?:buat|untuk|utk)\s+(?:tetap\s+)?hidup\b|"
    r"\btak\s+larat\s+(?:nak\s+|untuk\s+)?hidup\b|\b(?:capek|capai|cape|lelah|penat)\s+(?:banget\s+)?hidup\b|"
    r"\blebih\s+(?:baik|bahagia|senang|tenang)\s+tanpa\s+(?:aku|saya|gue|gw)\b|"
    r"\blebih\b.{0,25}?\b(?:kalau|kalo|klo|jika|bila)\s+(?:aku|saya|gue|gw)\s+(?:udah\s+|sudah\s+)?"
    r"(?:gak|ga|nggak|tidak|tak)\s+ada(?:\s+lagi)?(?=\s*(?:$|[.!,;?]))|"
    r"\b(?:beban|menyusahkan)\s+(?:buat|bagi|untuk)\s+(?:keluarga|semua|semuanya|orang)\b|"
    r"\b(?:tidur|bobo)\b.{0,25}?\b(?:gak|tidak|tak|nggak|ga)\s+(?:usah\s+|perlu\s+)?bangun\s+(?:lagi|lg)\b|"
    r"\b(?:pengen|pingin|pengin|ingin|mau|nak)\s+(?:ngilang|menghilang|hilang|lenyap)\s+(?:aja\s+|saja\s+|je\s+)?"
    r"(?:forever|selamanya|untuk\s+selamanya|dari\s+dunia)\b|"
    r"\b(?:aku|saya|gue|gw)\s+(?:\w+\s+){0,2}pergi\s+(?:untuk\s+)?selamanya\b|\bini\s+pesan\s+terakhir\b",
]

OVERDOSE_PATTERNS: list[str] = [
    r"\b(?:minum|telan|nelan|menelan|meminum|nenggak)\s+(?:(?:obat|pil|tablet)\w*(?:\s+\w+)?\s+)?"
    r"(?:sebotol|satu\s+botol|sebungkus|sekotak|sestrip)\b|\b(?:minum|telan|nelan|menelan|meminum)\s+semua\b.{0,30}?\bsekaligus\b|"
    r"\bobat\w*\b.{0,30}?\b(?:satu|se)\s*botol\b.{0,40}?\bminum\s+semua\b|"
    r"\b(?:minum|telan|nelan|menelan|meminum)\s+(?:racun|baygon|pembasmi\s+serangga)\b",
]

THIRD_PERSON_DANGER_PATTERNS: list[str] = [
    r"\b(?:dia|anak\s+saya|anakku)\s+(?:bilang|ngomong|katanya|mengancam)\s+(?:mau|ingin|pengen|akan)\s+mati\b|"
    r"\b(?:jembatan|atap|gedung)\b.{0,30}?\b(?:mau|ingin|akan)\s+(?:lompat|loncat|terjun)\b",
]

# A medical emergency now (not a crisis of suicide): the reply leads with 911.
MEDICAL_EMERGENCY_PATTERNS: list[str] = [
    r"\b(?:gak|ga|nggak|tidak|tak)\s+(?:bernapas|bernafas)\b",
]
