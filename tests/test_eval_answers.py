"""``make eval-answers``' list of misses: what it calls each kind of miss, and that it never reads
a held-out set item by item."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT
from bot.kb.follow_ups import Context
from scripts.eval_answers import Outcome, evaluate, miss

COST = {"text": "how much is it", "answers": ["cost-overview", "cost-iv-infusion"]}
NONE = {"text": "can i bring my dog", "answers": []}
CRISIS = {"text": "i can't go on", "crisis": True}


@pytest.mark.parametrize(
    ("item", "outcome", "expected"),
    [
        (COST, Outcome("answer", ("cost-iv-infusion",)), None),
        (COST, Outcome("answer", ("cost-spravato",)), "wrong entry"),
        (COST, Outcome("choose", ("cost-overview", "cost-spravato")), "did you mean, right first"),
        (COST, Outcome("choose", ("cost-spravato", "cost-overview")), "did you mean, right among"),
        (COST, Outcome("choose", ("cost-spravato",)), "did you mean, none right"),
        (COST, Outcome("unknown"), "not sure"),
        (COST, Outcome("other"), "other flow (other)"),
        (COST, Outcome("crisis"), "false crisis"),
        (COST, Outcome("crisis", ("cost-overview",)), "false crisis, then a right entry"),
        (NONE, Outcome("unknown"), None),
        (NONE, Outcome("choose", ("cost-overview",)), None),
        (NONE, Outcome("answer", ("cost-overview",)), "answered, no entry answers it"),
        (CRISIS, Outcome("crisis"), None),
        (CRISIS, Outcome("answer", ("cost-overview",)), "crisis missed"),
    ],
)
def test_each_kind_of_miss_is_named(item: dict, outcome: Outcome, expected: str | None) -> None:
    assert miss(item, outcome) == expected


def test_misses_are_never_listed_for_a_held_out_set() -> None:
    # Refused before any model is loaded: the default sets include the held-out ones too.
    for sets in (["--sets", "dev", "held-out-8"], []):
        run = subprocess.run(
            [sys.executable, "scripts/eval_answers.py", "--misses", *sets],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 2 and "never a held-out one" in run.stderr, run.stderr


def test_a_conversation_is_replayed_turn_by_turn_with_the_context_each_turn_left() -> None:
    """A turn of a conversation set is judged after the visitor's earlier turns, each sent with the
    context the one before left (and whether it offered choices), as the assistant sees them live."""
    seen: list[tuple[str, Context, bool]] = []

    def respond(text: str, context: Context, offered: bool = False) -> Outcome:
        seen.append((text, context, offered))
        kind = "choose" if text == "how much is it" else "answer"
        return Outcome(kind, ("cost-overview",), Context(last_entry=f"after {text}"))

    item = {"text": "and the spray?", "after": ["does it work", "how much is it"], "answers": ["cost-spravato"]}
    results = evaluate([item], respond)
    assert seen == [
        ("does it work", Context(), False),
        ("how much is it", Context(last_entry="after does it work"), False),
        ("and the spray?", Context(last_entry="after how much is it"), True),
    ]
    assert results["confidently wrong"] == 1.0  # judged on the last turn alone


def test_a_follow_up_pair_is_a_conversation_of_two() -> None:
    seen: list[str] = []

    def respond(text: str, context: Context, offered: bool = False) -> Outcome:
        seen.append(text)
        return Outcome("unknown", context=context)

    evaluate([{"text": "and for ptsd?", "after": "does it work for anxiety", "answers": []}], respond)
    assert seen == ["does it work for anxiety", "and for ptsd?"]
