"""An independent probe of the crisis safety net, worded apart from ``test_safety.py``.

``mentions_crisis`` must catch every message a person in danger (or someone worried about
another person) might type on a ketamine-therapy site, however indirect, misspelt or buried
in a question about treatment, and must stay quiet on ordinary questions that merely share
words with crisis language ("kill the pain", "end the session early", "safe with lithium").
Ambiguous wordings are deliberately left out of both lists.
"""

from pathlib import Path

import pytest
import yaml

from bot.safety import crisis_category, mentions_crisis
from tests.safety_messages import AMBIGUOUS_MESSAGES, CRISIS_MESSAGES, ORDINARY_MESSAGES

_PROBE = yaml.safe_load((Path(__file__).parent / "data" / "crisis_probe.yml").read_text(encoding="utf-8"))
CRISIS_PROBE: list[str] = [
    message for group, messages in _PROBE.items() if group != "ordinary_probe" for message in messages
]
# Ordinary messages that share words with crisis language.
ORDINARY_PROBE: list[str] = _PROBE["ordinary_probe"]


def test_probe_lists_are_large_new_and_disjoint() -> None:
    """At least 200 of each, no duplicates, and no sentence borrowed from the original test lists."""
    assert len(CRISIS_PROBE) >= 200
    assert len(ORDINARY_PROBE) >= 200
    crisis = {message.lower() for message in CRISIS_PROBE}
    ordinary = {message.lower() for message in ORDINARY_PROBE}
    assert len(crisis) == len(CRISIS_PROBE) and len(ordinary) == len(ORDINARY_PROBE)
    assert not crisis & ordinary
    existing = {message.lower() for message in CRISIS_MESSAGES + ORDINARY_MESSAGES + AMBIGUOUS_MESSAGES}
    assert not (crisis | ordinary) & existing


@pytest.mark.parametrize("message", CRISIS_PROBE)
def test_probe_crisis_message_is_caught(message: str) -> None:
    assert mentions_crisis(message), message


@pytest.mark.parametrize("message", ORDINARY_PROBE)
def test_probe_ordinary_message_is_not_flagged(message: str) -> None:
    assert not mentions_crisis(message), (message, crisis_category(message))
