"""Messages in a script the safety net cannot read get the reply that says so, with 988's interpreters
(``bot.safety_scripts``), however short; a stray letter, mostly English text and the scripts the patterns
read do not."""

import pytest

from bot.safety_scripts import MIN_LETTERS, unread_reply_lines, unread_script
from bot.unread_script_lines import LINES, SCRIPT_LANGUAGES


@pytest.mark.parametrize(
    "message",
    [
        "আমি আর বাঁচতে চাই না, আজ রাতে সব শেষ করে দেব",  # Bengali
        "እባካችሁ እርዱኝ፣ ከእንግዲህ መኖር አልፈልግም",  # Amharic
        "ខ្ញុំមិនចង់រស់ទៀតទេ",  # Khmer, written without spaces
        "אני לא רוצה לחיות יותר",  # Hebrew
        "دیگه نمی‌خوام زنده باشم",  # Persian: Arabic script with letters Arabic does not use
        "मुझे अब जीना नहीं है, ketamine से कुछ होगा?",  # Hindi with an English word
        "Ես այլևս չեմ ուզում ապրել",  # Armenian
        # Short ones: a cry for help is often a word or two.
        "אני רוצה למות",  # Hebrew
        "อยากตาย",  # Thai
        "መሞት እፈልጋለሁ",  # Amharic
        "मरना है",  # Hindi
        "غواړم مړ شم",  # Pashto: Arabic script with letters only Pashto uses
        "دەمەوێت بمرم",  # Sorani Kurdish: likewise
        "राजेश कुमार",  # a name alone: the reply too (in the contact form the name is then kept)
    ],
)
def test_a_message_in_a_script_nothing_reads_is_unread(message: str) -> None:
    assert unread_script(message)


@pytest.mark.parametrize(
    "message",
    [
        "how much is a ketamine infusion",
        "",
        "My name is प्रिया शर्मा, can I book a consult for my mother?",  # mostly English
        "كم سعر جلسة الكيتامين؟",  # Arabic: its patterns read it
        "我不想活了",  # Chinese: its patterns read it
        "내 남편이 숨을 안 쉬어요",  # Korean: its patterns read it
        "Не хочу больше жить",  # Russian: its patterns read it
        "أريد أن أموت",  # Arabic: its patterns read it
        "namaste नमस्ते, is ketamine legal in Texas?",
    ],
)
def test_english_names_and_scripts_with_patterns_are_not_unread(message: str) -> None:
    assert not unread_script(message)


def test_the_threshold_is_letters_of_the_script() -> None:
    assert not unread_script("अ" * (MIN_LETTERS - 1))
    assert unread_script("अ" * MIN_LETTERS)


@pytest.mark.parametrize(
    ("message", "languages"),
    [
        ("मुझे अब जीना नहीं है", ['"Hindi"', '"Nepali"', '"Marathi"']),  # Devanagari: the languages written in it
        ("אני לא רוצה לחיות יותר", ['"Hebrew"', '"Yiddish"']),
        ("دیگه نمی‌خوام زنده باشم", ["«Farsi»", "«Dari»", '"Urdu"', "«Pashto»"]),  # Arabic script, not Arabic
        ("ខ្ញុំមិនចង់រស់ទៀតទេ please help", ['"Khmer"']),  # the English words do not choose the lines
    ],
)
def test_the_reply_names_the_languages_of_the_message_script(message: str, languages: list[str]) -> None:
    lines = unread_reply_lines(message).splitlines()
    assert len(lines) == len(languages)
    for line, language in zip(lines, languages, strict=True):
        assert language in line and "[988](tel:988)" in line and "[911](tel:911)" in line
        assert line.index("988") < line.index("911")


def test_a_script_with_no_lines_of_its_own_gets_every_language_line() -> None:
    """Syriac: no line is written in it, so every pattern language's line about 988's interpreters."""
    lines = unread_reply_lines("ܐܢܐ ܠܐ ܒܥܝܢ ܠܡܚܐ")
    assert "ask for an interpreter" in lines and "demandez un interprète" in lines


def test_every_language_a_script_names_has_its_line() -> None:
    assert {language for languages in SCRIPT_LANGUAGES.values() for language in languages} == set(LINES)
    assert all(line.count("[988](tel:988)") == 1 and line.count("[911](tel:911)") == 1 for line in LINES.values())
