"""The crisis reply's lines about 988 in other languages: the line for the language the crisis was
found in, every language's when no pattern found it, and each line survives Rasa's slot filling."""

import pytest
import yaml
from rasa.core.nlg.interpolator import interpolate_text

from bot.config import PROJECT_ROOT
from bot.safety import PATTERNS_BY_LANGUAGE, crisis_language, interpreter_lines


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
        ("hôm nay tôi sẽ tự tử", "vi"),
        ("gusto ko nang mamatay", "tl"),
        ("how much is a ketamine infusion", None),
        ("", None),
    ],
)
def test_the_language_is_the_one_whose_patterns_flag_the_message(message: str, language: str | None) -> None:
    assert crisis_language(message) == language


def test_a_known_language_gets_its_own_line_and_no_other() -> None:
    french = interpreter_lines("fr")
    assert french.startswith("- ") and "demandez un interprète" in french and "\n" not in french
    assert "Dolmetscher" not in french and "ask for an interpreter" not in french
    # English names 988's interpreters; Spanish has its line in the reply already, so it gets English's.
    assert "ask for an interpreter" in interpreter_lines("en")
    assert interpreter_lines("es") == interpreter_lines("en")


def test_an_unknown_language_gets_every_line() -> None:
    every = interpreter_lines(None)
    assert all(line.startswith("- **") for line in every.split("\n"))
    for language in PATTERNS_BY_LANGUAGE:
        assert interpreter_lines(language)[2:] in every or language == "es"


@pytest.mark.parametrize("language", [*PATTERNS_BY_LANGUAGE, None])
def test_every_line_survives_rasa_slot_filling(language: str | None) -> None:
    """Rasa fills ``{crisis_interpreters}`` with str.format and gives up on text holding "0[" (its own
    marker): every line must come out as written, in the reply as domain.yml has it."""
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    [reply] = [variation["text"] for variation in domain["responses"]["utter_crisis"] if "condition" not in variation]
    lines = interpreter_lines(language)
    filled = interpolate_text(reply, {"crisis_interpreters": lines})
    assert lines in filled and "{" not in filled
