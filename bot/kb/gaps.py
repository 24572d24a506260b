"""Known gaps: questions the knowledge base does not answer, kept so that near misses are not
answered with the wrong entry.

A visitor who asks for a clinic's phone hours, a billing code or a dose in milligrams uses the
words of an entry the knowledge base has (the REMS program, the cost of an infusion, the
anesthetic dose) without asking its question. Answer selection (:mod:`bot.kb.selection`)
compares each message with these questions too: nearer one of them than to its best entry, it
is not answered outright (clearly nearer, it gets a plain "not sure" that is not logged for
staff again). The comparison is in meaning, so a language without a sentence model ignores
the list. The curated list ships in ``data/kb/not-covered/*.yml``; staff add to
it from the admin's unanswered questions. A YAML load adds the file's questions and drops those
that left the file; questions staff added stay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import BaseModel, ValidationError, constr, validator
from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from bot.kb.language import phrase_key
from bot.kb.source import KbSourceError
from bot.models import KnownGap
from bot.paging import LIKE_ESCAPE, Page, like_pattern, paginate

if TYPE_CHECKING:
    from bot.kb.embedding import SentenceEncoder

#: The folder, inside the knowledge-base folder, of the curated questions no entry answers.
GAPS_FOLDER = "not-covered"
MAX_GAP_CHARS = 500
#: How close in meaning (cosine) a phrasing and a question not covered read as one question asked
#: twice: "can ketamine stop my ptsd nightmares" and "does ketamine do anything for ptsd nightmares
#: specifically" (0.96); "best ketamine clinic near me" and "best ketamine clinic in houston?"
#: (0.896) are two questions.
SAME_QUESTION = 0.9


class GapFile(BaseModel):
    questions: list[constr(strip_whitespace=True, min_length=3, max_length=MAX_GAP_CHARS)]  # type: ignore[valid-type]

    @validator("questions", pre=True)
    def _none_is_empty(cls, questions: object) -> object:
        """``questions:`` with nothing under it is an empty list, not a mistake."""
        return [] if questions is None else questions


def read_gap_files(kb_dir: Path) -> list[str]:
    """The curated questions of ``kb_dir/not-covered/*.yml``, in file order (none without the folder)."""
    texts: list[str] = []
    for path in sorted((kb_dir / GAPS_FOLDER).glob("*.yml")):
        try:
            texts.extend(GapFile.parse_obj(yaml.safe_load(path.read_text(encoding="utf-8"))).questions)
        except (ValidationError, yaml.YAMLError) as error:
            raise KbSourceError(f"{GAPS_FOLDER}/{path.name}: {error}") from error
    return texts


def gap_key(text: str) -> str:
    """The one row a wording has: without case, punctuation or extra spaces, at most the column's length."""
    return phrase_key(text)[:MAX_GAP_CHARS]


def load_gaps(session: Session, texts: list[str]) -> tuple[int, int]:
    """Bring the YAML-loaded gaps in line with ``texts``; gaps staff added are left alone (and
    every question's count of visitors who asked it stays). Returns how many were added and removed."""
    wanted = {gap_key(text): text for text in texts if gap_key(text)}
    existing = dict(session.execute(select(KnownGap.key, KnownGap.added_by)).all())
    added = [KnownGap(text=text, key=key) for key, text in wanted.items() if key not in existing]
    session.add_all(added)
    stale = [key for key, added_by in existing.items() if added_by is None and key not in wanted]
    removed = session.execute(delete(KnownGap).where(KnownGap.key.in_(stale))).rowcount if stale else 0
    session.flush()
    return len(added), removed


def add_gap(session: Session, text: str, added_by: str | None) -> bool:
    """Mark ``text`` as a question the knowledge base does not answer; False when it already is
    (or has no words)."""
    key = gap_key(text)
    if not key or session.execute(select(KnownGap.id).where(KnownGap.key == key)).first():
        return False
    session.add(KnownGap(text=text.strip()[:MAX_GAP_CHARS], key=key, added_by=added_by))
    session.flush()
    return True


def remove_gap(session: Session, gap_id: int) -> KnownGap | None:
    """Delete a question staff added; the shipped ones (``added_by`` None) leave only with the
    YAML file, or the next load would bring them back. Returns the deleted row, or None."""
    gap = session.get(KnownGap, gap_id)
    if gap is None or gap.added_by is None:
        return None
    session.delete(gap)
    session.flush()
    return gap


def count_asked(session: Session, text: str, now: dt.datetime) -> bool:
    """A visitor asked the question not covered worded ``text``: one more in its count (nothing
    of the visitor's is kept). False when it is no longer in the list."""
    counted = session.execute(
        update(KnownGap)
        .where(KnownGap.key == gap_key(text))
        .values(times_asked=KnownGap.times_asked + 1, last_asked_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(counted.rowcount)


def total_asked(session: Session) -> int:
    """How many times visitors asked any question marked as not covered (they are not in the
    unanswered list, so the overview shows this instead)."""
    return session.execute(select(func.coalesce(func.sum(KnownGap.times_asked), 0))).scalar_one()


#: How the list can be ordered: by default staff-added newest first, then the shipped list in
#: file order; or the most asked first (those asked most recently first among equals).
GAP_ORDERS = ("", "asked")


def gap_page(
    session: Session, *, search: str = "", order: str = "", page: int = 1, per_page: int = 50
) -> Page[KnownGap]:
    """Questions not covered whose wording contains ``search``, in the ``order`` of ``GAP_ORDERS``."""
    staff_added = KnownGap.added_by.is_not(None)
    list_order = (~staff_added, case((staff_added, -KnownGap.id), else_=KnownGap.id))
    if order == "asked":
        # Never asked sorts last on SQLite and PostgreSQL alike (NULLs order differently there).
        never_asked = KnownGap.last_asked_at.is_(None)
        statement = select(KnownGap).order_by(
            KnownGap.times_asked.desc(), never_asked, KnownGap.last_asked_at.desc(), *list_order
        )
    else:
        statement = select(KnownGap).order_by(*list_order)
    if search.strip():
        statement = statement.where(KnownGap.text.ilike(like_pattern(search.strip()), escape=LIKE_ESCAPE))
    return paginate(session, statement, page, per_page)


def gap_texts(session: Session) -> list[str]:
    return list(session.execute(select(KnownGap.text).order_by(KnownGap.id)).scalars())


def gaps_version() -> tuple[ColumnElement, ColumnElement]:
    """Scalar subqueries that change whenever a gap is added or removed (count and highest id)."""
    return select(func.count(KnownGap.id)).scalar_subquery(), select(func.max(KnownGap.id)).scalar_subquery()


def phrasings_like_gaps(
    entries: Sequence[Mapping], gaps: Sequence[str], encoder: SentenceEncoder, floor: float = SAME_QUESTION
) -> list[tuple[str, str, str]]:
    """Phrasings that read like a question marked as not covered: (slug, phrasing, question). The
    phrasing tells selection that the entry answers what the list says nothing answers; unless the
    question is a near miss on purpose, one of the two is wrong (``make kb-check`` lists them for a
    reviewer)."""
    phrasings = [(entry["slug"], text) for entry in entries for text in entry["phrasings"]]
    if not phrasings or not gaps:
        return []
    closeness = encoder.encode_published([text for _, text in phrasings]) @ encoder.encode_published(list(gaps)).T
    nearest = closeness.argmax(axis=1)
    return [
        (slug, text, gaps[gap])
        for (slug, text), gap, row in zip(phrasings, nearest, closeness, strict=True)
        if row[gap] > floor
    ]
