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
    assert len(_PROBE["emergency"]) >= 200 and len(_PROBE["ordinary"]) >= 200
    assert not set(_PROBE["emergency"]) & set(_PROBE["ordinary"])


@pytest.mark.parametrize("message", _PROBE["emergency"])
def test_a_medical_emergency_now_gets_the_emergency_reply(message: str) -> None:
    assert crisis_kind(message) == EMERGENCY, message


@pytest.mark.parametrize("message", _PROBE["ordinary"])
def test_a_question_about_the_same_signs_is_not_flagged(message: str) -> None:
    assert crisis_kind(message) is None, message


def test_suicide_or_overdose_language_beside_an_emergency_gets_the_crisis_reply() -> None:
    """Suicide language keeps the 988 reply (which names 911 too); an overdose keeps its own, which leads
    with 911 and Poison Control and gives the 988 list."""
    assert crisis_kind("i can't breathe and i want to die") == CRISIS
    assert crisis_kind("i swallowed all my pills and now my chest hurts so much") == OVERDOSE
    assert crisis_kind("my friend took a bunch of pills and won't wake up") == OVERDOSE


@pytest.mark.parametrize(
    "message",
    [
        "the person next to me on the bus just collapsed and isn't breathing",
        "my dad just collapsed and isnt breathing",
        "my baby is choking on something she cant cry or make any sound and shes turning blue",
        "roommate passed out, empty pill bottles everywhere, barely breathing, i'm freaking out",
    ],
)
def test_someone_not_breathing_or_not_waking_gets_911_first(message: str) -> None:
    """Whatever caused it: these had the crisis reply, which leads with 988, until 2026-12-05."""
    assert crisis_kind(message) == EMERGENCY
