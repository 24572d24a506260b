"""``make eval-answers``' list of misses: what it calls each kind of miss, and that it never reads
a held-out set item by item."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT
from scripts.eval_answers import Outcome, miss

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
