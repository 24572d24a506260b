"""Medical emergencies happening now get the crisis response with 911 first; look-alikes stay questions.

The messages (tests/data/emergency_probe.yml) were written by three writers who saw none of the
patterns: chest pain spreading to the jaw, a seizure, a stroke's signs, a throat closing, a child
who swallowed a battery, someone not breathing after ketamine at a party, and questions that share
those words ("can ketamine cause chest pain?", "I had a seizure as a kid", "this bill gave me a
heart attack lol").
"""

from pathlib import Path

import pytest
import yaml

from bot.safety import CRISIS, EMERGENCY, OVERDOSE, crisis_kind

_PROBE = yaml.safe_load((Path(__file__).parent / "data" / "emergency_probe.yml").read_text(encoding="utf-8"))


def test_the_lists_are_large_and_disjoint() -> None:
    emergency = set(_PROBE["emergency"] + _PROBE["caught_as_crisis"])
    assert len(_PROBE["emergency"]) >= 200 and len(_PROBE["ordinary"]) >= 200
    assert not emergency & set(_PROBE["ordinary"])


@pytest.mark.parametrize("message", _PROBE["emergency"])
def test_a_medical_emergency_now_gets_the_emergency_reply(message: str) -> None:
    assert crisis_kind(message) == EMERGENCY, message


@pytest.mark.parametrize("message", _PROBE["caught_as_crisis"])
def test_an_overdose_or_a_crisis_wins_over_the_emergency(message: str) -> None:
    """Poison Control and the 988 list matter more there; that reply names 911 too."""
    assert crisis_kind(message) in (OVERDOSE, CRISIS), message


@pytest.mark.parametrize("message", _PROBE["ordinary"])
def test_a_question_about_the_same_signs_is_not_flagged(message: str) -> None:
    assert crisis_kind(message) is None, message


def test_suicide_language_beside_an_emergency_gets_the_crisis_reply() -> None:
    assert crisis_kind("i can't breathe and i want to die") == CRISIS
    assert crisis_kind("i swallowed all my pills and now my chest hurts so much") == OVERDOSE
