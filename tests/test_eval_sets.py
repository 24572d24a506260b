"""The evaluation sets (eval/) stay usable as the knowledge base changes: every label names a
published entry, so a renamed or withdrawn entry cannot silently turn right answers into
"confidently wrong" ones (make eval-answers), and every probe message is text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.config import PROJECT_ROOT
from scripts.eval_answers import SETS
from tests.conftest import published_entries

EVAL = PROJECT_ROOT / "eval"


@pytest.fixture(scope="module")
def published() -> set[str]:
    return {entry["slug"] for entry in published_entries()}


@pytest.mark.parametrize("path", sorted(EVAL.glob("answers-*.yml")), ids=lambda path: path.name)
def test_every_label_names_a_published_entry(path: Path, published: set[str]) -> None:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    assert len(items) >= 100
    for item in items:
        assert isinstance(item["text"], str) and item["text"].strip(), item
        assert set(item.get("answers") or []) <= published, item
        assert not (item.get("crisis") and item.get("answers")), item


def test_make_eval_answers_runs_every_answer_set() -> None:
    """A set written into eval/ but not named in the script would never be measured."""
    assert sorted(SETS.values()) == sorted(EVAL.glob("answers-*.yml"))


def test_crisis_probes_are_lists_of_messages() -> None:
    probes = yaml.safe_load((EVAL / "crisis-probes.yml").read_text(encoding="utf-8"))["probes"]
    assert {probe["kind"] for probe in probes.values()} == {"crisis", "ordinary"}
    for probe in probes.values():
        messages = probe["messages"]
        # Enough to measure anything (the urgency probe holds 70 crisis messages and 90 look-alikes).
        assert len(messages) >= 50 and all(isinstance(message, str) and message.strip() for message in messages)
        assert len(set(messages)) == len(messages)
