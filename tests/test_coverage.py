"""How much of a message the best entry's own wordings leave out (``bot.kb.coverage``)."""

from __future__ import annotations

import math

import pytest

from bot.kb.coverage import Coverage
from bot.kb.language import load_language
from bot.kb.retrieval import IndexedEntry

ENTRIES = [
    IndexedEntry("day-after", "session", ("What can I do the day after an infusion?", "Can I work after infusions?")),
    IndexedEntry("infusion-cost", "cost", ("How much does an infusion cost?",)),
    IndexedEntry("spray-cost", "cost", ("How much does the nasal spray cost?",)),
]
DAY_AFTER, INFUSION_COST = 0, 1


@pytest.fixture(scope="module")
def coverage() -> Coverage:
    return Coverage(ENTRIES, load_language("en"))


def test_a_message_in_the_entry_s_own_words_leaves_nothing_out(coverage: Coverage) -> None:
    assert coverage.uncovered("what can i do the day after my infusion", DAY_AFTER) == 0.0


def test_other_forms_of_the_entry_s_words_count_as_its_own(coverage: Coverage) -> None:
    assert coverage.uncovered("working the days after infusions", DAY_AFTER) == 0.0


def test_a_subject_the_entry_never_mentions_is_left_out_in_proportion_to_its_rarity(coverage: Coverage) -> None:
    # Three entries plus one of smoothing: "can" and "day" are in one entry, "infusion" in two.
    can = day = math.log(4 / 1.5)
    infusion = math.log(4 / 2.5)
    fly = math.log(4 / 0.5)  # no entry says "fly": the rarest a word can be
    expected = fly / (can + fly + day + infusion)
    assert coverage.uncovered("can i fly the day after an infusion", DAY_AFTER) == pytest.approx(expected)
    # The same words against an entry that shares only "infusion" leave out more.
    assert coverage.uncovered("can i fly the day after an infusion", INFUSION_COST) > expected


def test_a_message_without_content_words_leaves_nothing_out(coverage: Coverage) -> None:
    assert coverage.uncovered("what is the", DAY_AFTER) == 0.0
