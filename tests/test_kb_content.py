"""The shipped knowledge base meets the editorial rules the project promises."""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.kb.editorial import duplicate_phrasings, entry_problems, is_primary
from bot.kb.loader import load_knowledge_base
from bot.kb.readability import MAX_MEAN_WORDS, dose_figures, grade_level, word_count
from bot.kb.source import MAX_ANSWER_WORDS, MIN_ANSWER_WORDS
from bot.kb.topics import TOPICS
from bot.models import KnowledgeEntry
from bot.safety import mentions_crisis
from tests.chat import Conversation, heading
from tests.conftest import KB_DIR, published_entries, shipped_entries

ENTRIES = shipped_entries()
PUBLISHED = published_entries()
NEGATION = re.compile(r"\b(not|no|never|isn't|aren't|hasn't|haven't|doesn't|don't|without|only|nor)\b", re.I)


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]


def test_enough_published_entries_cover_every_topic() -> None:
    assert len(PUBLISHED) >= 90
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
                assert NEGATION.search(sentence) or re.search(
                    r"weak|claim|\bsay|hypothes|unproven|marketing", sentence, re.I
                ), f"{entry['slug']}: {sentence}"


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


@pytest.mark.parametrize("entry", PUBLISHED, ids=[entry["slug"] for entry in PUBLISHED])
def test_entry_meets_the_editorial_rules(entry: dict) -> None:
    """Primary source, public https hosts, at most 100 words, grade 8 or below, no doses."""
    assert entry_problems(entry) == []
    for source in entry["sources"]:
        url = source["url"]
        assert url and urlsplit(url).scheme == "https" and "." in (urlsplit(url).hostname or ""), url
        assert not url.endswith(("…", "...")), f"truncated URL: {url}"


def test_answers_fit_a_chat_bubble_on_average() -> None:
    mean = sum(word_count(entry["answer"]) for entry in PUBLISHED) / len(PUBLISHED)
    assert mean <= MAX_MEAN_WORDS


def test_every_question_and_phrasing_belongs_to_one_entry() -> None:
    assert duplicate_phrasings(ENTRIES) == {}


def test_the_rule_checks_catch_what_they_promise() -> None:
    """The checks themselves can fail: each is fed an answer that breaks it."""
    assert dose_figures("Trials used 0.5 mg/kg over 40 minutes, or 56 mg to 84 mg of spray.") == [
        "0.5 mg/kg",
        "56 mg",
        "84 mg",
    ]
    assert dose_figures("About 41% felt detached; 6 sessions over 2 weeks cost $400 in 2024.") == []
    assert grade_level("Ketamine can help. Ask your doctor.") < 4
    assert (
        grade_level(
            "Pharmacological characterisation demonstrates heterogeneous neuropsychiatric "
            "responsiveness notwithstanding considerable methodological limitations."
        )
        > 12
    )
    assert is_primary("https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x")
    assert not is_primary("https://www.some-ketamine-clinic.com/blog")
    broken = {
        "slug": "x",
        "question": "q?",
        "answer": "Take 0.5 mg/kg. " * 60,
        "sources": [{"title": "Dev copy", "url": "https://dev2.psychiatrist.com/jcp/x"}],
    }
    problems = " | ".join(entry_problems(broken))
    for expected in ("non-public host", "words", "dose figure"):
        assert expected in problems


def test_published_entries_in_the_database_keep_their_sources_and_review(engine) -> None:
    """Loaded into SQLite and PostgreSQL, every published entry still meets the rules."""
    with session_scope(engine) as session:
        load_knowledge_base(session, KB_DIR)
    with session_scope(engine) as session:
        stored = session.execute(select(KnowledgeEntry).filter_by(status="published")).scalars().all()
        assert len(stored) == len(PUBLISHED)
        for entry in stored:
            row = {"slug": entry.slug, "question": entry.question, "answer": entry.answer, "sources": entry.sources}
            assert entry_problems(row) == [], entry.slug
            assert entry.reviewed_on is not None and entry.reviewed_by, entry.slug


@pytest.mark.servers
def test_every_entry_is_selected_for_its_own_question_through_the_live_pipeline(servers) -> None:
    """Each published question, typed as a visitor would, through Rasa and the action server.

    A question in crisis words ("Can ketamine help with suicidal thoughts?") gets the crisis
    resources first, as any such message must; its entry is then reached by its button."""
    wrong = {}
    for entry in PUBLISHED:
        chat = Conversation(servers.rasa_url)
        replies = chat.say(entry["question"])
        if mentions_crisis(entry["question"]):
            assert "988" in replies[0]["text"] and "911" in replies[0]["text"], entry["slug"]
            replies = chat.say("/ask_question" + json.dumps({"faq_entry": entry["slug"]}))
        shown = heading(replies[0]["text"]) if replies else ""
        if shown != entry["question"]:
            wrong[entry["slug"]] = shown or (replies[0]["text"][:80] if replies else "no reply")
    assert wrong == {}
