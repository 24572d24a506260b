"""Loading the YAML knowledge base: validation, idempotence and staff-edit conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db import session_scope
from bot.kb.loader import load_knowledge_base
from bot.kb.source import KbSourceError, read_kb_dir
from bot.models import KnowledgeEntry
from tests.kb_samples import entry, small_kb, write_topic


def load(engine, kb_dir: Path, **options):
    with session_scope(engine) as session:
        return load_knowledge_base(session, kb_dir, **options)


def test_first_load_creates_every_entry_and_second_changes_nothing(engine, tmp_path: Path) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    first = load(engine, kb_dir)
    assert sorted(first.created) == ["cost-insurance", "cost-overview", "risks-addiction", "risks-overview"]
    second = load(engine, kb_dir)
    assert second.created == [] and second.updated == [] and second.conflicts == []
    assert len(second.unchanged) == 4
    with session_scope(engine) as session:
        assert session.execute(select(func.count(KnowledgeEntry.id))).scalar_one() == 4
        overview = session.execute(select(KnowledgeEntry).filter_by(slug="cost-overview")).scalar_one()
        assert overview.position == 0 and overview.topic == "cost"
        assert overview.sources[0]["url"] == "https://www.spravatohcp.com/safety"
        assert str(overview.reviewed_on) == "2026-11-01"


def test_yaml_change_updates_an_untouched_entry(engine, tmp_path: Path) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    load(engine, kb_dir)
    write_topic(
        kb_dir,
        "cost",
        [
            entry("cost-overview", "How much does ketamine therapy cost in 2026?", ["Is ketamine expensive?"]),
        ],
    )
    report = load(engine, kb_dir)
    assert report.updated == ["cost-overview"]
    with session_scope(engine) as session:
        row = session.execute(select(KnowledgeEntry).filter_by(slug="cost-overview")).scalar_one()
        assert row.question.endswith("in 2026?")
        # An entry that left the YAML is not deleted: staff may rely on it.
        assert session.execute(select(KnowledgeEntry).filter_by(slug="cost-insurance")).scalar_one()


def test_staff_edit_is_reported_not_overwritten(engine, tmp_path: Path) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    load(engine, kb_dir)
    with session_scope(engine) as session:
        row = session.execute(select(KnowledgeEntry).filter_by(slug="risks-addiction")).scalar_one()
        row.answer = row.answer + " Edited by staff."
    write_topic(
        kb_dir,
        "risks",
        [
            entry("risks-overview", "What are the side effects of ketamine?", ["Is ketamine safe?"]),
            entry("risks-addiction", "Is ketamine habit-forming?", ["Can you get hooked on ketamine?"]),
        ],
    )
    report = load(engine, kb_dir)
    assert report.conflicts == ["risks-addiction"]
    with session_scope(engine) as session:
        row = session.execute(select(KnowledgeEntry).filter_by(slug="risks-addiction")).scalar_one()
        assert row.answer.endswith("Edited by staff.") and row.question == "Is ketamine addictive?"
    forced = load(engine, kb_dir, overwrite_conflicts=True)
    assert "risks-addiction" in forced.updated
    with session_scope(engine) as session:
        row = session.execute(select(KnowledgeEntry).filter_by(slug="risks-addiction")).scalar_one()
        assert row.question == "Is ketamine habit-forming?"


@pytest.mark.parametrize(
    "broken, message",
    [
        ({"words": 20}, "words"),
        ({"words": 200}, "words"),
        ({"slug": "Not A Slug"}, "slug"),
        ({"status": "live"}, "status"),
        ({"sources": []}, "sources"),
        ({"sources": [{"title": "A page", "url": "not a url"}]}, "url"),
    ],
)
def test_invalid_entries_are_rejected_with_a_reason(tmp_path: Path, broken: dict, message: str) -> None:
    fields = entry("cost-overview", "How much does it cost?", ["price?"], words=broken.pop("words", 60))
    fields.update(broken)
    write_topic(tmp_path, "cost", [fields])
    with pytest.raises(KbSourceError, match=message):
        read_kb_dir(tmp_path)


def test_topic_must_match_file_and_slugs_must_be_unique(tmp_path: Path) -> None:
    path = write_topic(tmp_path, "cost", [entry("a-b", "How much does it cost?", [])])
    path.rename(tmp_path / "risks.yml")
    with pytest.raises(KbSourceError, match="does not match"):
        read_kb_dir(tmp_path)
    (tmp_path / "risks.yml").unlink()
    write_topic(tmp_path, "cost", [entry("same", "How much does it cost?", [])])
    write_topic(tmp_path, "risks", [entry("same", "Is it safe?", [])])
    with pytest.raises(KbSourceError, match="already used"):
        read_kb_dir(tmp_path)


def test_a_failed_load_changes_nothing(engine, tmp_path: Path) -> None:
    kb_dir = small_kb(tmp_path / "kb")
    (kb_dir / "legality.yml").write_text("topic: legality\nentries: [ {slug: broken")
    with pytest.raises(KbSourceError):
        load(engine, kb_dir)
    with session_scope(engine) as session:
        assert session.execute(select(func.count(KnowledgeEntry.id))).scalar_one() == 0
