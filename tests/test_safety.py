"""The crisis safety net: direct, indirect and passive crisis language is always caught,
ordinary ketamine questions (even ones full of trigger-ish words) are not."""

import re
import timeit

import pytest

from bot.safety import CATEGORY_KINDS, PATTERNS_BY_LANGUAGE, crisis_category, crisis_kind, mentions_crisis
from bot.safety_patterns_en import (
    MEDICAL_EMERGENCY_PATTERNS,
    OVERDOSE_PATTERNS,
    PASSIVE_IDEATION_PATTERNS,
    SELF_HARM_INTENT_PATTERNS,
    THIRD_PERSON_DANGER_PATTERNS,
)
from tests.safety_messages import (
    AMBIGUOUS_MESSAGES,
    CRISIS_MESSAGES,
    EXPLICIT_MESSAGES,
    INDIRECT_CRISIS_MESSAGES,
    ORDINARY_MESSAGES,
    OVERDOSE_MESSAGES,
)


@pytest.mark.parametrize("message", CRISIS_MESSAGES)
def test_crisis_language_is_caught(message: str) -> None:
    assert mentions_crisis(message), message


@pytest.mark.parametrize("message", ORDINARY_MESSAGES)
def test_ordinary_questions_are_not_flagged(message: str) -> None:
    assert not mentions_crisis(message), (message, crisis_category(message))


@pytest.mark.parametrize("message", OVERDOSE_MESSAGES)
def test_overdose_language_is_reported_as_overdose(message: str) -> None:
    assert crisis_kind(message) == "overdose", (message, crisis_category(message))


@pytest.mark.parametrize("message", EXPLICIT_MESSAGES + INDIRECT_CRISIS_MESSAGES)
def test_other_crisis_language_is_reported_as_crisis(message: str) -> None:
    expected = "overdose" if "overdose" in message.lower() else "crisis"
    assert crisis_kind(message) == expected, (message, crisis_category(message))


@pytest.mark.parametrize("message", ORDINARY_MESSAGES)
def test_ordinary_questions_have_no_crisis_kind(message: str) -> None:
    assert crisis_kind(message) is None


def test_mentions_crisis_agrees_with_crisis_kind() -> None:
    for message in CRISIS_MESSAGES + ORDINARY_MESSAGES + AMBIGUOUS_MESSAGES:
        assert mentions_crisis(message) == (crisis_kind(message) is not None)


def test_lists_are_broad_and_disjoint() -> None:
    assert len(CRISIS_MESSAGES) >= 80
    assert len([message for message in INDIRECT_CRISIS_MESSAGES + OVERDOSE_MESSAGES]) >= 80
    assert len(ORDINARY_MESSAGES) >= 150
    crisis, ordinary, ambiguous = (
        {m.lower() for m in lst} for lst in (CRISIS_MESSAGES, ORDINARY_MESSAGES, AMBIGUOUS_MESSAGES)
    )
    assert not crisis & ordinary and not crisis & ambiguous and not ordinary & ambiguous
    assert len(set(CRISIS_MESSAGES)) == len(CRISIS_MESSAGES)
    assert len(set(ORDINARY_MESSAGES)) == len(ORDINARY_MESSAGES)


@pytest.mark.parametrize(
    "message",
    [
        "I\u2019m not safe",
        "I\u2018m not safe",
        "I`m not safe",
        "i'm\u00a0not   safe\nright now",
        "ｉ want to ｋｉｌｌ myself",
        "I want to kill my\u200bself",
        "I CAN'T GO ON",
    ],
)
def test_look_alike_characters_and_spacing_do_not_hide_a_match(message: str) -> None:
    assert mentions_crisis(message)


def test_patterns_are_language_data_by_category() -> None:
    assert PATTERNS_BY_LANGUAGE["en"] == {
        "self_harm_intent": SELF_HARM_INTENT_PATTERNS,
        "passive_ideation": PASSIVE_IDEATION_PATTERNS,
        "overdose": OVERDOSE_PATTERNS,
        "third_person_danger": THIRD_PERSON_DANGER_PATTERNS,
        "medical_emergency": MEDICAL_EMERGENCY_PATTERNS,
    }
    assert set(CATEGORY_KINDS) == set(PATTERNS_BY_LANGUAGE["en"])
    assert {kind for kind in CATEGORY_KINDS.values()} == {"crisis", "overdose", "emergency"}
    for language in PATTERNS_BY_LANGUAGE.values():
        for patterns in language.values():
            assert patterns
            for pattern in patterns:
                re.compile(pattern)


def test_each_category_catches_something() -> None:
    # A medical emergency that is not about suicide is no crisis message (tests/test_emergency.py).
    emergency = "my husband is clutching his chest and sweating, what do i do"
    seen = {crisis_category(message) for message in CRISIS_MESSAGES + [emergency]}
    assert seen == set(CATEGORY_KINDS)


#: Adversarial texts, each as (prefix, repeated unit, repetitions of its long version: 45 to 100 kB).
HOSTILE_TEXTS = [
    ("", "ketamine ", 5000),
    ("", "took ", 5000),
    ("", "a", 100_000),
    ("gun ", "x ", 20_000),
    ("", "I have a plan ", 2000),
    ("", "no one ", 5000),
    ("", "don't ", 10_000),
]


def _seconds(text: str) -> float:
    """The faster of two runs of the check: the less disturbed by whatever else the machine does."""
    return min(timeit.repeat(lambda: crisis_kind(text), number=1, repeat=2))


@pytest.mark.parametrize(("prefix", "unit", "repeats"), HOSTILE_TEXTS)
def test_long_hostile_input_stays_linear(prefix: str, unit: str, repeats: int) -> None:
    """Catastrophic backtracking shows as time growing faster than the text: eight times the text must
    cost about eight times the time (quadratic would be 64). Compared with the same check on the shorter
    text, not with a wall-clock bound, so a loaded machine slows both alike (measured: 7.9 to 8.7 times here;
    a quadratic pattern added to the union gives 50 to 72)."""
    short = _seconds(prefix + unit * (repeats // 8))
    long = _seconds(prefix + unit * repeats)
    assert long < 16 * short + 0.25


def test_spanish_patterns_have_the_english_categories() -> None:
    assert set(PATTERNS_BY_LANGUAGE["es"]) == set(PATTERNS_BY_LANGUAGE["en"])
    assert crisis_kind("me tomé todas mis pastillas") == "overdose"
