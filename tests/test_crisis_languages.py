"""The crisis reply's lines in the visitor's language (988's interpreters, or 911 in a medical emergency):
the line for the language the crisis was found in, every language's when no pattern found it, and each
line survives Rasa's slot filling."""

import pytest
import yaml
from rasa.core.nlg.interpolator import interpolate_text

from bot.config import PROJECT_ROOT
from bot.safety import CRISIS, EMERGENCY, OVERDOSE, PATTERNS_BY_LANGUAGE, crisis_language, reply_lines


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("I want to kill myself", "en"),
        ("ya no quiero vivir", "es"),
        # Another language's words in an English message are the visitor's own language.
        ("my tía is on the bridge ahorita y dice que se va a tirar, who do i call", "es"),
        ("je veux en finir ce soir", "fr"),
        ("Nie chcę już żyć", "pl"),
        ("我不想活了", "zh"),
        # Words two languages share, told apart by letters only one of them writes: kana, "¿".
        ("想自殺", "zh"),
        ("自殺したい", "ja"),
        ("mi hija está convulsionando, ¿qué hago?", "es"),
        ("minha filha está convulsionando, não para", "pt"),
        ("MINHA FILHA ESTÁ CONVULSIONANDO, NÃO PARA", "pt"),  # capitals too
        ("hôm nay tôi sẽ tự tử", "vi"),
        ("gusto ko nang mamatay", "tl"),
        ("kuv xav tuag lawm", "hmn"),
        ("waxaan rabaa inaan dhinto", "so"),
        ("mwen vle mouri", "ht"),
        ("aku pengen mati aja", "id"),
        ("vreau sa mor", "ro"),
        ("vreau să mor", "ro"),  # with or without Romanian's accents
        ("gusto na lang ko mamatay", "ceb"),
        ("gusto ko nang mamatay", "tl"),  # Tagalog's words stay Tagalog's
        ("kayatko ti matay", "ilo"),
        ("ou te fia oti", "sm"),
        ("du'uu barbaada", "om"),
        ("ndashaka kwiyahura", "rw"),
        ("how much is a ketamine infusion", None),
        ("", None),
    ],
)
def test_the_language_is_the_one_whose_patterns_flag_the_message(message: str, language: str | None) -> None:
    assert crisis_language(message) == language


def test_a_known_language_gets_its_own_line_and_no_other() -> None:
    french = reply_lines(CRISIS, "fr")
    assert french.startswith("- ") and "demandez un interprète" in french and "\n" not in french
    assert "Dolmetscher" not in french and "ask for an interpreter" not in french
    # English names 988's interpreters; Spanish has its line in the reply already, so it gets English's.
    assert "ask for an interpreter" in reply_lines(CRISIS, "en")
    assert reply_lines(CRISIS, "es") == reply_lines(CRISIS, "en")


def test_hmong_somali_and_haitian_creole_get_their_own_lines() -> None:
    assert reply_lines(CRISIS, "hmn") == "- **Hmoob:** hu rau [988](tel:988) thiab thov ib tug neeg txhais lus."
    assert "**Soomaali:**" in reply_lines(CRISIS, "so") and "**Kreyòl ayisyen:**" in reply_lines(CRISIS, "ht")
    assert '"Haitian Creole"' in reply_lines(EMERGENCY, "ht") and "[911](tel:911)" in reply_lines(EMERGENCY, "ht")


@pytest.mark.parametrize(
    ("message", "heading"),
    [
        ("aku mau bunuh diri malam ini", "**Bahasa Indonesia:**"),
        ("nu mai vreau sa traiesc", "**Română:**"),
        ("maghikog na lang ko", "**Binisaya:**"),
        ("kayatkon ti matay", "**Ilokano:**"),
        ("ou te fia oti", "**Gagana Samoa:**"),
        ("of ajjeesuu barbaada", "**Afaan Oromoo:**"),
        ("ndashaka gupfa", "**Ikinyarwanda:**"),
    ],
)
def test_seven_more_latin_script_languages_get_their_own_988_line(message: str, heading: str) -> None:
    """Each of the languages added after probe-uuu: the crisis found in it, and its own line alone."""
    lines = reply_lines(CRISIS, crisis_language(message))
    assert lines.startswith(f"- {heading}") and "[988](tel:988)" in lines and "\n" not in lines


def test_a_medical_emergency_gets_the_911_line_of_its_language() -> None:
    korean = reply_lines(EMERGENCY, "ko")
    assert korean.startswith("- **한국어:**") and "[911](tel:911)" in korean and "988" not in korean
    assert "\n" not in korean
    assert "llame al [911]" in reply_lines(EMERGENCY, "es")
    english = reply_lines(EMERGENCY, "en")
    assert "say the name of your language" in english and "988" not in english


@pytest.mark.parametrize("kind", [CRISIS, EMERGENCY, OVERDOSE])
def test_an_unknown_language_gets_every_line(kind: str) -> None:
    every = reply_lines(kind, None)
    assert all(line.startswith("- **") for line in every.split("\n"))
    for language in PATTERNS_BY_LANGUAGE:
        assert reply_lines(kind, language)[2:] in every or (kind, language) == (CRISIS, "es")


@pytest.mark.parametrize("kind", [CRISIS, EMERGENCY, OVERDOSE])
@pytest.mark.parametrize("language", [*PATTERNS_BY_LANGUAGE, None])
def test_every_line_survives_rasa_slot_filling(kind: str, language: str | None) -> None:
    """Rasa fills ``{crisis_language_lines}`` with str.format and gives up on text holding "0[" (its own
    marker): every line must come out as written, in the variation of utter_crisis that shows it (the
    one for the kind's ``crisis_kind`` slot value; the plain crisis reply has no condition)."""
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    [reply] = [
        variation["text"]
        for variation in domain["responses"]["utter_crisis"]
        if [condition["value"] for condition in variation.get("condition", [])] == ([] if kind == CRISIS else [kind])
    ]
    lines = reply_lines(kind, language)
    filled = interpolate_text(reply, {"crisis_language_lines": lines})
    assert lines in filled and "{" not in filled
