"""Questions no entry answers ("not covered", bot/kb/gaps.py): loaded from YAML beside the
entries, added by staff, and what they do to answer selection on the shipped knowledge base."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.kb.embedding import SentenceEncoder, shared_encoder
from bot.kb.gaps import GAPS_FOLDER, add_gap, gap_page, gap_texts, phrasings_like_gaps, read_gap_files
from bot.kb.language import load_language
from bot.kb.loader import load_knowledge_base
from bot.kb.selection import ANSWER, Selector
from bot.kb.service import KnowledgeService
from bot.kb.source import KbSourceError
from bot.migrate import alembic_config, upgrade
from bot.models import KnownGap
from bot.stats import record_gap_asked
from tests.conftest import KB_DIR, published_entries
from tests.kb_samples import small_kb


def write_gaps(kb_dir: Path, questions: list[str], name: str = "questions.yml") -> None:
    folder = kb_dir / GAPS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("questions:\n" + "".join(f'  - "{text}"\n' for text in questions), encoding="utf-8")


def load(engine: Engine, kb_dir: Path):
    with session_scope(engine) as session:
        return load_knowledge_base(session, kb_dir)


def stored(engine: Engine) -> dict[str, str | None]:
    with session_scope(engine) as session:
        return dict(session.execute(select(KnownGap.text, KnownGap.added_by)).all())


def test_the_yaml_questions_are_loaded_once_and_leave_with_the_file(engine, tmp_path: Path) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    write_gaps(kb_dir, ["what are the clinic's opening hours", "what is the billing code for an infusion"])
    first = load(engine, kb_dir)
    assert (first.gaps_added, first.gaps_removed) == (2, 0)
    assert "questions not covered: 2 added, 0 removed" in first.summary()
    # The same wording again, differing only in case and punctuation, is no new question.
    write_gaps(kb_dir, ["What are the clinic's opening hours?", "what is the billing code for an infusion"])
    again = load(engine, kb_dir)
    assert (again.gaps_added, again.gaps_removed) == (0, 0)
    write_gaps(kb_dir, ["what is the billing code for an infusion"])
    shrunk = load(engine, kb_dir)
    assert (shrunk.gaps_added, shrunk.gaps_removed) == (0, 1)
    assert stored(engine) == {"what is the billing code for an infusion": None}


def test_a_question_staff_added_survives_a_yaml_load(engine, tmp_path: Path) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    write_gaps(kb_dir, ["what is the billing code for an infusion"])
    load(engine, kb_dir)
    with session_scope(engine) as session:
        assert add_gap(session, "  Can my dog have ketamine?  ", "editor@example.org")
        assert not add_gap(session, "can my DOG have ketamine", "other@example.org")  # already there
        assert not add_gap(session, "?!", "editor@example.org")  # no words
    write_gaps(kb_dir, [])
    load(engine, kb_dir)
    assert stored(engine) == {"Can my dog have ketamine?": "editor@example.org"}


def test_a_knowledge_base_without_the_folder_has_no_gaps(engine, tmp_path: Path) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    assert read_gap_files(kb_dir) == []
    assert (load(engine, kb_dir).gaps_added, stored(engine)) == (0, {})


@pytest.mark.parametrize(
    "content", ["questions: not a list\n", "questions:\n  - 'ab'\n", "nothing: []\n", "questions: [unclosed\n"]
)
def test_a_malformed_file_names_itself_and_loads_nothing(engine, tmp_path: Path, content: str) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    (kb_dir / GAPS_FOLDER).mkdir()
    (kb_dir / GAPS_FOLDER / "broken.yml").write_text(content, encoding="utf-8")
    with pytest.raises(KbSourceError, match="not-covered/broken.yml"):
        load(engine, kb_dir)
    with session_scope(engine) as session:
        assert gap_texts(session) == []


def downgrade_to(engine: Engine, revision: str) -> None:
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_migration_0009_upgrades_and_downgrades(engine: Engine) -> None:
    downgrade_to(engine, "0008_inquiry_notes")
    assert "known_gaps" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "known_gaps" in inspect(engine).get_table_names()
    with session_scope(engine) as session:
        assert add_gap(session, "what are the clinic's opening hours", None)


def test_migration_0010_counts_from_zero_for_questions_marked_before_it(engine: Engine) -> None:
    with session_scope(engine) as session:
        add_gap(session, "what are the clinic's opening hours", "editor@example.org")
    downgrade_to(engine, "0009_known_gaps")
    assert "times_asked" not in {column["name"] for column in inspect(engine).get_columns("known_gaps")}
    upgrade(engine)
    with session_scope(engine) as session:
        gap = session.execute(select(KnownGap)).scalar_one()
        assert (gap.text, gap.times_asked, gap.last_asked_at) == ("what are the clinic's opening hours", 0, None)


def asked(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return dict(session.execute(select(KnownGap.text, KnownGap.times_asked)).all())


def test_each_visitor_who_asks_a_question_not_covered_counts_once_and_a_load_keeps_the_count(
    engine, tmp_path: Path
) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    write_gaps(kb_dir, ["what is the billing code for an infusion", "what are the clinic's opening hours"])
    load(engine, kb_dir)
    assert record_gap_asked(engine, "what is the billing code for an infusion")
    assert record_gap_asked(engine, "what is the billing code for an infusion")
    assert not record_gap_asked(engine, "a question nobody marked")  # nothing to count, nothing added
    load(engine, kb_dir)  # a reload of the same file keeps what visitors asked
    assert asked(engine) == {"what is the billing code for an infusion": 2, "what are the clinic's opening hours": 0}
    with session_scope(engine) as session:
        gap = session.execute(select(KnownGap).where(KnownGap.times_asked == 2)).scalar_one()
        assert gap.last_asked_at is not None


def test_a_count_that_cannot_be_written_breaks_nothing(tmp_path: Path) -> None:
    from bot.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path}/never-migrated.db")  # no known_gaps table
    assert record_gap_asked(engine, "what is the billing code for an infusion") is False
    engine.dispose()


def test_the_list_can_show_the_most_asked_first(engine, tmp_path: Path) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    write_gaps(kb_dir, ["shipped never asked", "shipped asked once", "shipped asked twice"])
    load(engine, kb_dir)
    with session_scope(engine) as session:
        add_gap(session, "staff added asked once", "editor@example.org")
    for text in ["shipped asked twice", "shipped asked once", "shipped asked twice", "staff added asked once"]:
        assert record_gap_asked(engine, text)
    with session_scope(engine) as session:
        most_asked = [gap.text for gap in gap_page(session, order="asked").items]
        list_order = [gap.text for gap in gap_page(session).items]
    # Equal counts: the one asked last comes first; never asked ones come last, in list order.
    assert most_asked == ["shipped asked twice", "staff added asked once", "shipped asked once", "shipped never asked"]
    assert list_order == ["staff added asked once", "shipped never asked", "shipped asked once", "shipped asked twice"]


def test_the_shipped_list_loads_and_validates() -> None:
    texts = read_gap_files(KB_DIR)
    assert len(texts) >= 300 and len(set(texts)) == len(texts)


@pytest.fixture(scope="module")
def service(_sqlite_template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeService]:
    engine: Engine = _sqlite_template.copy(tmp_path_factory.mktemp("gaps"))
    with session_scope(engine) as session:
        load_knowledge_base(session, KB_DIR)
    yield KnowledgeService(engine)
    engine.dispose()


NEAR_MISS = "can my employer find out i'm on ketamine"


def test_a_near_miss_is_answered_without_the_gap_and_not_with_it(service: KnowledgeService) -> None:
    """Staff mark a question as not covered; from the next message on, a near miss of it is not
    answered with the entry it merely shares words with, while that entry's own question still is."""
    before = service.respond(NEAR_MISS)
    assert before.answer is not None and before.answer.entry.slug == "ketamine-drug-test"
    with session_scope(service.engine) as session:
        assert add_gap(session, "can my employer find out that I am getting ketamine treatment", "editor@example.org")
    after = service.respond(NEAR_MISS)
    assert after.answer is None
    own_question = service.respond("will ketamine show up on a drug test")
    assert own_question.answer is not None and own_question.answer.entry.slug == "ketamine-drug-test"


def test_the_shipped_list_keeps_provider_questions_from_the_clinic_entry(service: KnowledgeService) -> None:
    """A visitor who wants to become a provider is not answered with how to choose a clinic."""
    assert service.respond("how do i become a ketamine provider myself").answer is None
    own_question = service.respond("how do i choose a good ketamine clinic")
    assert own_question.answer is not None and own_question.answer.entry.slug == "choosing-a-ketamine-clinic"


def test_a_question_marked_as_not_covered_gets_a_plain_not_sure(service: KnowledgeService) -> None:
    """Asked again in other words, a question staff marked as not covered gets no choices of
    entries that merely share its words: there is no reviewed answer, and the visitor is told so."""
    question = "can you get ketamine infusions while on a work trip abroad"
    before = service.respond(question)
    assert before.answer is None and before.choices, "without the mark: entries offered to choose from"
    with session_scope(service.engine) as session:
        assert add_gap(session, "can i get my ketamine infusion in another country while travelling", None)
    after = service.respond(question)
    assert after.answer is None and not after.choices
    assert after.gap == "can i get my ketamine infusion in another country while travelling"  # the one to count


def test_shipped_gaps_leave_the_entries_own_questions_answered(service: KnowledgeService) -> None:
    service.respond("warm up")
    selector = service._selector
    without = Selector(selector.entries, selector.language, selector.policy, selector.encoder)
    for entry in selector.entries:
        question = entry.texts[0]
        if without.select(question + " please").kind == ANSWER:
            assert selector.select(question + " please").kind == ANSWER, question


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    installed = shared_encoder(load_language("en").sentence_model)
    assert installed is not None, "make setup installs the sentence model"
    return installed


def test_a_phrasing_that_reads_like_a_question_not_covered_is_found_and_another_is_not(
    encoder: SentenceEncoder,
) -> None:
    entries = [
        {"slug": "ptsd", "phrasings": ["can ketamine stop my ptsd nightmares", "does ketamine help ptsd"]},
        {"slug": "cost", "phrasings": ["how much is one infusion"]},
    ]
    gaps = ["does ketamine do anything for ptsd nightmares specifically", "is there parking at the clinic"]
    assert phrasings_like_gaps(entries, gaps, encoder) == [
        ("ptsd", "can ketamine stop my ptsd nightmares", "does ketamine do anything for ptsd nightmares specifically")
    ]
    assert phrasings_like_gaps(entries, [], encoder) == []


def test_make_kb_check_lists_the_shipped_phrasings_that_read_like_questions_not_covered(
    encoder: SentenceEncoder,
) -> None:
    """docs/phrasing-review.md: left for a reviewer; the check lists them without failing."""
    found = {phrasing for _, phrasing, _ in phrasings_like_gaps(published_entries(), read_gap_files(KB_DIR), encoder)}
    assert "can ketamine stop my ptsd nightmares" in found
    assert "how much does ketamine cost" not in found  # beside "how much does ketamine cost on the street" (0.895)
