"""The shipped knowledge base meets the editorial rules the project promises."""
from __future__ import annotations

import re
from collections import Counter

from bot.kb.source import MAX_ANSWER_WORDS, MIN_ANSWER_WORDS, read_kb_dir
from bot.kb.topics import TOPICS
from tests.conftest import KB_DIR

ENTRIES = read_kb_dir(KB_DIR)
PUBLISHED = [entry for entry in ENTRIES if entry["status"] == "published"]
NEGATION = re.compile(r"\b(not|no|never|isn't|aren't|hasn't|haven't|doesn't|don't|without|only|nor)\b", re.I)


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]


def test_enough_published_entries_cover_every_topic() -> None:
    assert len(PUBLISHED) >= 40
    per_topic = Counter(entry["topic"] for entry in PUBLISHED)
    assert set(per_topic) == set(TOPICS)
    assert min(per_topic.values()) >= 3


def test_every_answer_is_short_sourced_and_dated() -> None:
    for entry in PUBLISHED:
        assert MIN_ANSWER_WORDS <= len(entry["answer"].split()) <= MAX_ANSWER_WORDS, entry["slug"]
        assert entry["sources"] and all(source["title"] for source in entry["sources"]), entry["slug"]
        assert entry["reviewed_on"] is not None, entry["slug"]
        assert "<" not in entry["answer"], f"{entry['slug']}: no HTML in answers"


def test_no_answer_claims_fda_approval_of_ketamine_for_anxiety_or_ptsd() -> None:
    for entry in PUBLISHED:
        for sentence in sentences(entry["answer"]):
            if re.search(r"approv", sentence, re.I) and re.search(r"anxiety|ptsd", sentence, re.I):
                assert NEGATION.search(sentence) or "off-label" in sentence, f"{entry['slug']}: {sentence}"


def test_contested_claims_appear_only_as_corrections() -> None:
    contested = re.compile(r"serotonin|gaba|rewir|reset|\bcure\b|not addictive|safest|prevents? suicide", re.I)
    for entry in PUBLISHED:
        for sentence in sentences(entry["answer"]):
            if contested.search(sentence):
                assert NEGATION.search(sentence) or re.search(r"weak|claim|\bsay|hypothes|unproven|marketing", sentence,
                                                              re.I), f"{entry['slug']}: {sentence}"


def test_off_label_use_is_named() -> None:
    legality = " ".join(entry["answer"] for entry in PUBLISHED if entry["topic"] in ("legality", "efficacy"))
    assert "off-label" in legality.lower()
    assert re.search(r"esketamine|spravato", legality, re.I)


def test_costs_give_ranges_with_a_date() -> None:
    priced = [entry for entry in PUBLISHED if entry["topic"] == "cost" and "$" in entry["answer"]]
    price_range = re.compile(r"\$[\d,]+\s*(?:–|-|to)\s*\$?[\d,]+")
    assert sum(bool(price_range.search(entry["answer"])) for entry in priced) >= 3
    for entry in priced:
        assert re.search(r"\b(19|20)\d{2}\b", entry["answer"]), f"{entry['slug']}: prices need a year"
