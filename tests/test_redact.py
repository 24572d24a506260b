"""Contact details typed where nobody asked for them do not reach staff-visible records."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.kb.feedback import add_reason, entry_feedback, record_feedback
from bot.models import AnswerFeedback, UnansweredQuestion
from bot.redact import EMAIL_MARK, PHONE_MARK, scrub_contact_details
from tests.kb_samples import service_for


@pytest.mark.parametrize(
    "text, hidden",
    [
        ("email me at jane.doe+kb@example.org please", "jane.doe+kb@example.org"),
        ("JANE@EXAMPLE.CO.UK", "JANE@EXAMPLE.CO.UK"),
        ("reach me: jane at example dot org", "example dot org"),
        ("jane(at)example(dot)org", "example(dot)org"),
        ("call 555-123-4567 after 5", "555-123-4567"),
        ("my cell is (415) 555 0134", "415) 555 0134"),
        ("+1 415 555 0134", "415 555 0134"),
        ("4155550134", "4155550134"),
        ("415.555.0134 is my number", "415.555.0134"),
    ],
)
def test_contact_details_are_removed(text: str, hidden: str) -> None:
    scrubbed = scrub_contact_details(text)
    assert hidden not in scrubbed
    assert EMAIL_MARK in scrubbed or PHONE_MARK in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "call or text 988 if you are in crisis",
        "text HOME to 741741",
        "I had 6 sessions in 2024 and paid $400-$800 each",
        "my zip is 94110",
        "is 84 days too long between boosters",
        "what does ketamine cost at example.org",
    ],
)
def test_ordinary_numbers_and_words_stay(text: str) -> None:
    assert scrub_contact_details(text) == text


def test_unanswered_questions_are_stored_without_contact_details(engine, tmp_path: Path) -> None:
    service = service_for(engine, tmp_path)
    service.log_unanswered("does ketamine help tinnitus? mail jo@example.org or call 555 123 4567", 0.1, None)
    with session_scope(engine) as session:
        stored = session.execute(select(UnansweredQuestion.text)).scalar_one()
    assert "jo@example.org" not in stored and "4567" not in stored
    assert stored.startswith("does ketamine help tinnitus?")


def test_feedback_keeps_no_contact_details_and_counts_per_entry(engine) -> None:
    with session_scope(engine) as session:
        record_feedback(session, "cost-overview", True, question="how much is it")
        vote = record_feedback(session, "cost-overview", False, question="price? I'm ann@example.net 212-555-0199")
        session.flush()
        vote_id = vote.id
    with session_scope(engine) as session:
        assert add_reason(session, vote_id, "no prices for my city, call me on 212 555 0199")
    with session_scope(engine) as session:
        stored = session.execute(select(AnswerFeedback).where(AnswerFeedback.id == vote_id)).scalar_one()
        assert "ann@example.net" not in stored.question and "0199" not in stored.question
        assert stored.reason.startswith("no prices for my city") and "0199" not in stored.reason
        stats = entry_feedback(session, "cost-overview")
        assert (stats.helpful, stats.not_helpful, stats.helpful_rate) == (1, 1, 0.5)
        assert [item.id for item in stats.recent_no] == [vote_id]
