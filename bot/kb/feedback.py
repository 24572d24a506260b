"""Visitors' "Helpful? Yes / No" on answers, and what staff learn from it.

Feedback is anonymous: no sender id is stored, and the optional reason and the question
that led to the answer are scrubbed of e-mail addresses and phone numbers before they
are written. "Poor" is defined once here (``POOR_HELPFUL_RATE`` over at least
``POOR_MIN_VOTES`` votes) for the entry page, the overview and the review queue alike.

The chat side (``actions/feedback.py``) stores votes with :func:`save_vote` and reasons with
:func:`save_reason`, and reads visitors' words with :func:`looks_like_question` (a new
question is answered, not taken as the reason for a "No"), :func:`says_nothing` ("no
thanks", "bye": no reason given) and :func:`sounds_negative` (a typed "that didn't help"
is a "No").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.db import session_scope
from bot.models import AnswerFeedback, ChatEvent, utcnow
from bot.redact import scrub_contact_details

MAX_REASON_CHARS = 500
POOR_HELPFUL_RATE = 0.5
POOR_MIN_VOTES = 3
RECENT_REASONS = 10

# A message that asks something: a question mark, or an opening such as "how", "does", "can".
_QUESTION = re.compile(
    r"\?|^\s*(?:what|what's|whats|how|how's|why|when|where|who|whom|whose|which|is|isn't|are|aren't|was|"
    r"were|do|does|did|can|could|will|would|should|shall|may|might|am|has|have|had|tell\s+me|explain)\b",
    re.I,
)
# A reply that gives no reason: "no", "nothing", "no thanks", "ok bye", "skip".
_NOTHING = re.compile(
    r"^(?:(?:no|nope|nah|nothing|none|not\s+really|thanks|thank\s+you|thx|ok|okay|fine|"
    r"all\s+good|good|bye|goodbye|skip|pass|never\s*mind|n/a|that's\s+all|that's\s+it|"
    r"it's\s+fine|it\s+was)[\s,.!]*){1,4}$",
    re.I,
)
# Words that turn a typed verdict into a "No": "not helpful", "didn't help", "useless".
_NEGATIVE = re.compile(
    r"\b(?:no|not|nope|never|unhelpful|useless|pointless|bad|wrong|confusing|unclear|"
    r"vague|missing|incomplete)\b|n't\b|\bnot?\s*help",
    re.I,
)


def _clean(text: str | None) -> str | None:
    if not text or not text.strip():
        return None
    return scrub_contact_details(" ".join(text.split()))[:MAX_REASON_CHARS]


def record_feedback(
    session: Session, entry_slug: str, helpful: bool, *, reason: str | None = None, question: str | None = None
) -> AnswerFeedback:
    """Store one vote; the reason and the visitor's question are kept without contact details."""
    feedback = AnswerFeedback(entry_slug=entry_slug, helpful=helpful, reason=_clean(reason), question=_clean(question))
    session.add(feedback)
    return feedback


def looks_like_question(text: str) -> bool:
    """Whether ``text`` reads as a question of its own (answered as one, not kept as a reason)."""
    return bool(_QUESTION.search(text or ""))


def says_nothing(text: str) -> bool:
    """Whether a reply to "What was missing?" declines to say ("no thanks", "nothing", "bye")."""
    return not (text or "").strip() or bool(_NOTHING.match(text.strip().replace("\u2019", "'")))


def sounds_negative(text: str) -> bool:
    """Whether a typed verdict on an answer means "not helpful"."""
    return bool(_NEGATIVE.search((text or "").replace("\u2019", "'")))


def save_vote(engine: Engine, entry_slug: str, helpful: bool, question: str | None = None) -> int:
    """Store one vote in its own transaction; its id (for a later reason)."""
    with session_scope(engine) as session:
        feedback = record_feedback(session, entry_slug, helpful, question=question)
        session.flush()
        return feedback.id


def save_reason(engine: Engine, feedback_id: int, reason: str) -> bool:
    """Attach a reason to an earlier "No" in its own transaction; False if there is no such vote."""
    with session_scope(engine) as session:
        return add_reason(session, feedback_id, reason)


def add_reason(session: Session, feedback_id: int, reason: str) -> bool:
    """Attach the "why not?" text to an earlier "No"; False if there is no such vote."""
    feedback = session.get(AnswerFeedback, feedback_id)
    if feedback is None or feedback.helpful:
        return False
    feedback.reason = _clean(reason)
    return True


@dataclass
class EntryFeedback:
    """What staff see about one entry over a period."""

    slug: str
    shown: int = 0
    helpful: int = 0
    not_helpful: int = 0
    recent_no: list[AnswerFeedback] = field(default_factory=list)

    @property
    def votes(self) -> int:
        return self.helpful + self.not_helpful

    @property
    def helpful_rate(self) -> float | None:
        return self.helpful / self.votes if self.votes else None

    @property
    def poor(self) -> bool:
        rate = self.helpful_rate
        return self.votes >= POOR_MIN_VOTES and rate is not None and rate < POOR_HELPFUL_RATE


def _since(days: int) -> dt.datetime:
    return utcnow() - dt.timedelta(days=days)


def vote_counts(session: Session, days: int) -> dict[str, EntryFeedback]:
    """Times shown and votes per entry slug over the last ``days`` days."""
    since = _since(days)
    stats: dict[str, EntryFeedback] = {}
    shown = (
        select(ChatEvent.entry_slug, func.count(ChatEvent.id))
        .where(ChatEvent.kind == "question", ChatEvent.entry_slug.is_not(None), ChatEvent.created_at >= since)
        .group_by(ChatEvent.entry_slug)
    )
    for slug, count in session.execute(shown):
        stats.setdefault(slug, EntryFeedback(slug)).shown = count
    votes = (
        select(
            AnswerFeedback.entry_slug,
            func.sum(case((AnswerFeedback.helpful.is_(True), 1), else_=0)),
            func.sum(case((AnswerFeedback.helpful.is_(False), 1), else_=0)),
        )
        .where(AnswerFeedback.created_at >= since)
        .group_by(AnswerFeedback.entry_slug)
    )
    for slug, yes, no in session.execute(votes):
        item = stats.setdefault(slug, EntryFeedback(slug))
        item.helpful, item.not_helpful = int(yes or 0), int(no or 0)
    return stats


def entry_feedback(session: Session, slug: str, days: int = 30) -> EntryFeedback:
    """One entry's figures with its most recent "No" votes (reason and question)."""
    item = vote_counts(session, days).get(slug, EntryFeedback(slug))
    item.recent_no = list(
        session.execute(
            select(AnswerFeedback)
            .where(AnswerFeedback.entry_slug == slug, AnswerFeedback.helpful.is_(False))
            .order_by(AnswerFeedback.created_at.desc(), AnswerFeedback.id.desc())
            .limit(RECENT_REASONS)
        ).scalars()
    )
    return item


def worst_entries(session: Session, days: int = 30, limit: int = 10) -> list[EntryFeedback]:
    """Entries with votes, least helpful first (ties: more "No" first)."""
    rated = [item for item in vote_counts(session, days).values() if item.votes]
    rated.sort(key=lambda item: (item.helpful_rate, -item.not_helpful, item.slug))
    return rated[:limit]


def poorly_rated_slugs(session: Session, days: int = 30) -> set[str]:
    """Slugs whose answers were rated poor in the period (for the review queue)."""
    return {slug for slug, item in vote_counts(session, days).items() if item.poor}
