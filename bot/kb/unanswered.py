"""Questions the assistant could not answer, grouped by similar wording for staff.

Grouping is deliberately simple. Texts are normalised (lower case, punctuation and extra
spaces dropped) so exact repeats fall together; the distinct normalised texts are then
compared by cosine similarity of TF-IDF character n-grams (scikit-learn, robust to typos
and word order), and each joins the first, more frequent group "leader" it resembles at
``SIMILARITY_THRESHOLD`` or more, else leads a group of its own. Leader clustering never
chains A~B~C into one group the way connected components would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot import audit
from bot.kb.topics import topic_for_intent
from bot.models import UnansweredQuestion

SIMILARITY_THRESHOLD = 0.5
#: Only the most recent open questions are grouped: enough for a review session, cheap to compute.
MAX_OPEN_QUESTIONS = 3000
MAX_VARIANTS = 10
_WORD = re.compile(r"[a-z0-9$']+")


def normalise(text: str) -> str:
    """Lower case, words only, single spaces: "How much does it COST??" -> "how much does it cost"."""
    return " ".join(_WORD.findall(text.lower()))


@dataclass
class QuestionGroup:
    """Similar open questions: the most frequent wording first, with counts and when last asked."""

    ids: list[int]
    text: str
    variants: list[str]
    count: int
    last_seen: dt.datetime
    topic: str | None


@dataclass
class _Bucket:
    key: str
    rows: list[UnansweredQuestion] = field(default_factory=list)


def _buckets(rows: Iterable[UnansweredQuestion]) -> list[_Bucket]:
    buckets: dict[str, _Bucket] = {}
    for row in rows:
        key = normalise(row.text) or row.text.strip().lower()
        buckets.setdefault(key, _Bucket(key)).rows.append(row)
    return sorted(
        buckets.values(), key=lambda bucket: (-len(bucket.rows), -max(r.created_at for r in bucket.rows).timestamp())
    )


def _leaders(keys: Sequence[str], threshold: float) -> list[int]:
    """For each key, the index of the key leading its group (keys come most frequent first)."""
    if len(keys) < 2:
        return list(range(len(keys)))
    matrix = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(keys)
    similarity = linear_kernel(matrix, matrix)  # rows are L2-normalised: this is the cosine
    leaders: list[int] = []
    owner: list[int] = []
    for position in range(len(keys)):
        found = next((leader for leader in leaders if similarity[position, leader] >= threshold), None)
        if found is None:
            leaders.append(position)
            found = position
        owner.append(found)
    return owner


def group_questions(rows: Sequence[UnansweredQuestion], threshold: float = SIMILARITY_THRESHOLD) -> list[QuestionGroup]:
    """Groups of similar questions, largest first, then most recently asked."""
    buckets = _buckets(rows)
    owner = _leaders([bucket.key for bucket in buckets], threshold)
    members: dict[int, list[_Bucket]] = {}
    for position, leader in enumerate(owner):
        members.setdefault(leader, []).append(buckets[position])
    groups = []
    for grouped in members.values():
        grouped_rows = [row for bucket in grouped for row in bucket.rows]
        newest_first = sorted(grouped_rows, key=lambda row: (row.created_at, row.id), reverse=True)
        variants = []
        for bucket in grouped:  # the leader's wording first, then by frequency
            wording = max(bucket.rows, key=lambda row: (row.created_at, row.id)).text.strip()
            if wording not in variants:
                variants.append(wording)
        topics = Counter(topic_for_intent(row.intent) for row in grouped_rows if topic_for_intent(row.intent))
        groups.append(
            QuestionGroup(
                ids=sorted(row.id for row in grouped_rows),
                text=variants[0],
                variants=variants[:MAX_VARIANTS],
                count=len(grouped_rows),
                last_seen=newest_first[0].created_at,
                topic=topics.most_common(1)[0][0] if topics else None,
            )
        )
    return sorted(groups, key=lambda group: (-group.count, -group.last_seen.timestamp()))


def open_questions(session: Session, ids: Iterable[int] | None = None) -> list[UnansweredQuestion]:
    """Questions still waiting for staff (status "new"), newest first; optionally only ``ids``."""
    query = select(UnansweredQuestion).where(UnansweredQuestion.status == "new")
    if ids is not None:
        query = query.where(UnansweredQuestion.id.in_(list(ids)))
    return list(
        session.execute(
            query.order_by(UnansweredQuestion.created_at.desc(), UnansweredQuestion.id.desc()).limit(MAX_OPEN_QUESTIONS)
        ).scalars()
    )


def close_questions(
    session: Session, ids: Iterable[int], status: str, user_id: int | None, entry_slug: str | None = None
) -> int:
    """Mark open questions "dismissed" or "answered" (an entry now covers them); how many changed.

    The audit entry keeps ids and counts only: visitors sometimes type personal details.
    """
    wanted = sorted(set(ids))
    if not wanted:
        return 0
    changed = session.execute(
        update(UnansweredQuestion)
        .where(UnansweredQuestion.id.in_(wanted), UnansweredQuestion.status == "new")
        .values(status=status)
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed:
        details = {"ids": wanted, "count": changed}
        if entry_slug:
            details["entry"] = entry_slug
        audit.record(
            session,
            user_id,
            f"unanswered.{'dismiss' if status == 'dismissed' else 'answer'}",
            "unanswered_question",
            wanted[0],
            details,
        )
    return changed
