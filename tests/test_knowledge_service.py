"""Retrieval and answering over a real database, including content added while running."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.db import session_scope
from bot.kb.presentation import DISCLAIMER, render_answer
from bot.kb.retrieval import IndexedEntry, RetrievalIndex
from bot.models import KnowledgeEntry, UnansweredQuestion
from tests.kb_samples import answer_text, service_for


def test_index_ranks_the_closest_entry_first_and_tolerates_typos() -> None:
    index = RetrievalIndex(
        [
            IndexedEntry("price", "cost", ("How much does ketamine cost?", "price of an infusion")),
            IndexedEntry("coverage", "cost", ("Does insurance pay for ketamine?",)),
            IndexedEntry("safety", "risks", ("Is ketamine safe?", "side effects")),
        ]
    )
    assert index.rank("whats the prise of an infusoin")[0].slug == "price"
    assert index.rank("will my insurance pay")[0].slug == "coverage"
    within_cost = index.rank("side effects", topic="cost")
    assert {match.slug for match in within_cost} == {"price", "coverage"}
    assert index.rank("") == []
    assert RetrievalIndex([]).rank("anything") == []


def test_answers_the_best_entry_with_its_question_as_heading(engine, tmp_path: Path) -> None:
    service = service_for(engine, tmp_path)
    reply = service.respond("will my health plan pay for ketamine infusions")
    answer = reply.answer
    assert answer is not None and answer.entry.slug == "cost-insurance"
    assert [related.slug for related in answer.related] == ["cost-overview"]
    text = render_answer(answer)
    assert text.startswith("**Does insurance cover ketamine?**\n\n" + answer.entry.answer)
    assert "[SPRAVATO prescribing information](https://www.spravatohcp.com/safety)" in text
    assert "Reviewed November 2026" in text and DISCLAIMER in text
    assert reply.context.last_entry == "cost-insurance"


def test_a_button_asks_for_one_entry_and_a_topic_button_gets_its_overview(engine, tmp_path: Path) -> None:
    service = service_for(engine, tmp_path)
    assert service.respond("", slug="risks-addiction").answer.entry.slug == "risks-addiction"
    assert service.respond("", topic="risks").answer.entry.slug == "risks-overview"
    assert service.respond("", slug="no-such-entry").answer is None


def test_unclear_questions_are_not_answered_and_can_be_logged(engine, tmp_path: Path) -> None:
    service = service_for(engine, tmp_path)
    reply = service.respond("blorp zzkx qwe")
    assert reply.answer is None and reply.choices == ()
    service.log_unanswered("blorp zzkx qwe", 0.2, "nlu_fallback")
    with session_scope(engine) as session:
        logged = session.execute(select(UnansweredQuestion)).scalar_one()
        assert (logged.text, logged.intent, logged.status) == ("blorp zzkx qwe", "nlu_fallback", "new")


def test_a_question_on_a_subject_no_entry_covers_is_not_answered(engine, tmp_path: Path) -> None:
    service = service_for(engine, tmp_path)
    assert service.respond("does ketamine help with migraines").answer is None


def test_new_and_unpublished_entries_take_effect_on_the_next_question(engine, tmp_path: Path) -> None:
    service = service_for(engine, tmp_path)
    question = "Can I pay for ketamine with my HSA card?"
    before = service.respond(question).answer
    assert before is None or before.entry.slug != "cost-hsa"
    with session_scope(engine) as session:
        session.add(
            KnowledgeEntry(
                slug="cost-hsa",
                topic="cost",
                position=5,
                question=question,
                phrasings=["Are FSA or HSA funds accepted for ketamine?"],
                answer=answer_text(50, "HSA and FSA funds are generally eligible."),
                sources=[{"title": "Insurance guide", "url": None}],
                status="published",
            )
        )
    assert service.respond("pay with HSA card?").answer.entry.slug == "cost-hsa"
    with session_scope(engine) as session:
        session.execute(select(KnowledgeEntry).filter_by(slug="cost-hsa")).scalar_one().status = "draft"
    after = service.respond("pay with HSA card?").answer
    assert after is None or after.entry.slug != "cost-hsa"
