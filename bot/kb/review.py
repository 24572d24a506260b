"""Medical review: who may publish, what blocks publishing, and which entries are due for review.

Every status change lives here so that the rule is the same for the web app and any script:
editors submit drafts (and changes to published entries) for review; reviewers and admins
publish, send back with a note, or unpublish. Publishing records who reviewed the entry and
when, and is refused while the entry breaks an editorial rule (:mod:`bot.kb.editorial`).

The review queue lists what waits for a reviewer and published entries that are due again:
not reviewed for ``REVIEW_INTERVAL_MONTHS``, sources changed after the review, or poor
visitor feedback since the review (:func:`bot.kb.feedback.poorly_rated_slugs`). Nothing here commits.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from dataclasses import dataclass, replace

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from bot import audit
from bot.kb.editing import (
    OBJECT_TYPE,
    EntryDraft,
    EntryInvalid,
    apply_content,
    check_version,
    email_of,
    save_revision,
    validate,
)
from bot.kb.editorial import entry_problems
from bot.kb.feedback import poorly_rated_slugs
from bot.kb.revisions import ensure_baseline, snapshot
from bot.models import KnowledgeEntry, utcnow
from bot.paging import Page, paginate

log = logging.getLogger(__name__)

PUBLISHER_ROLES = ("admin", "reviewer")
FEEDBACK_DAYS = 30
MAX_NOTE_CHARS = 2000


class ReviewError(ValueError):
    """A review step that does not apply to the entry as it is now (the message says why)."""


class PublishBlocked(ReviewError):
    """The entry breaks rules a published answer must meet; ``problems`` says which, in plain words."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


# ---------------------------------------------------------------- the publish rule

_PLAIN = (  # entry_problems' wording -> what an editor can act on
    (
        "no source from a primary-source site",
        lambda _: (
            "Add a source from a primary site, with its web "
            "address: a drug label, a government agency (such as FDA or SAMHSA) or a medical journal."
        ),
    ),
    (
        "source on a non-public host: ",
        lambda url: f"The source {url} is on a development or preview server; link to the public page instead.",
    ),
    ("source is not https: ", lambda url: f"The source {url} does not use a secure https:// address."),
    (
        "answer has ",
        lambda rest: (
            f"The answer has {rest.replace(' words (at most ', ' words; at most ')[:-1]} "
            "are allowed in a published answer."
        ),
    ),
    (
        "reading grade ",
        lambda rest: (
            f"The answer reads at school grade {rest.split(' ')[0]}; published answers "
            "must read at grade 8 or below. Use shorter sentences and everyday words."
        ),
    ),
    (
        "dose figure in the answer: ",
        lambda dose: (
            f"The answer gives a dose (“{dose}”). Answers must never give "
            "doses: say that the prescriber decides the dose."
        ),
    ),
    (
        "internal wording in the answer",
        lambda _: "The answer contains internal wording (such as “TODO”, “internal” or “our review”); remove it.",
    ),
)


def in_plain_words(problem: str) -> str:
    """One of :func:`entry_problems`' findings as a sentence staff can act on."""
    for prefix, say in _PLAIN:
        if problem.startswith(prefix):
            return say(problem[len(prefix) :])
    return problem[:1].upper() + problem[1:] + "."


def publish_problems(draft: EntryDraft, position: int = 0) -> list[str]:
    """Why ``draft`` may not be published yet, in plain words; an empty list means it may."""
    try:
        fields = validate(draft, "published", position)
    except EntryInvalid as error:
        return [message for messages in error.problems.values() for message in messages]
    return [in_plain_words(problem) for problem in entry_problems(fields)]


def may_publish(role: str | None) -> bool:
    return role in PUBLISHER_ROLES


# ---------------------------------------------------------------- status changes


def _audit(session: Session, user_id: int | None, action: str, entry: KnowledgeEntry, **details) -> None:
    audit.record(session, user_id, action, OBJECT_TYPE, entry.slug, dict(details, id=entry.id))


def submit_for_review(
    session: Session, entry: KnowledgeEntry, author_id: int | None, expected_version: int | None
) -> None:
    """A draft goes to "in review"; for a published entry, its proposed change does."""
    check_version(session, entry, expected_version)
    if entry.status == "in_review" or (entry.status == "published" and entry.submitted_at):
        raise ReviewError("This is already waiting for review.")
    if entry.status == "published" and entry.pending_change is None:
        raise ReviewError("There is no change to submit: the published version is unchanged.")
    now, who = utcnow(), email_of(session, author_id)
    if entry.status == "published":
        entry.submitted_at, entry.submitted_by, entry.review_note = now, who, None
        session.flush()
        _audit(session, author_id, "entry.submit", entry, change=True)
        return
    validate(EntryDraft.of(entry), "in_review", entry.position)
    ensure_baseline(session, entry)
    before = snapshot(entry)
    entry.status, entry.submitted_at, entry.submitted_by, entry.review_note = "in_review", now, who, None
    save_revision(session, entry, author_id, "entry.submit", before, {})


def publish(
    session: Session,
    entry: KnowledgeEntry,
    reviewer_id: int | None,
    reviewed_by: str,
    expected_version: int | None,
    today: dt.date | None = None,
) -> int | None:
    """Publish what the reviewer saw (its proposed change, for a published entry), signed off today.

    For a published entry without a change this confirms a fresh review. Refused with
    :class:`PublishBlocked` while the content breaks a rule. Returns the new revision number,
    or None when the same reviewer already confirmed the unchanged entry today.
    """
    check_version(session, entry, expected_version)
    reviewed_by = " ".join((reviewed_by or "").split())
    if not reviewed_by or len(reviewed_by) > 200:
        raise ReviewError("Say who reviewed the entry (a name or a role, at most 200 characters).")
    today = today or utcnow().date()
    target = EntryDraft.working(entry)
    problems = publish_problems(replace(target, reviewed_on=today, reviewed_by=reviewed_by), entry.position)
    if problems:
        raise PublishBlocked(problems)
    ensure_baseline(session, entry)
    before = snapshot(entry)
    was, proposer, had_change = entry.status, entry.pending_by, entry.pending_change is not None
    if had_change:
        apply_content(session, entry, validate(target, "published", entry.position))
    entry.status, entry.reviewed_on, entry.reviewed_by = "published", today, reviewed_by
    entry.pending_change = entry.pending_by = entry.pending_saved_at = None
    entry.submitted_at = entry.submitted_by = entry.review_note = None
    if was != "published":
        summary, action = f"Published, reviewed by {reviewed_by}", "entry.publish"
    elif had_change:
        summary = f"Published a change proposed by {proposer or 'staff'}, reviewed by {reviewed_by}"
        action = "entry.publish"
    else:
        summary, action = f"Review confirmed by {reviewed_by}", "entry.review"
    return save_revision(
        session, entry, reviewer_id, action, before, {"reviewed_by": reviewed_by, "from_status": was}, summary=summary
    )


def send_back(
    session: Session, entry: KnowledgeEntry, reviewer_id: int | None, note: str, expected_version: int | None
) -> None:
    """Return an entry in review to draft, or refuse a published entry's proposed change, with a note."""
    check_version(session, entry, expected_version)
    note = (note or "").strip()[:MAX_NOTE_CHARS]
    if not note:
        raise ReviewError("Write a note saying what needs to change.")
    if entry.status == "published" and entry.pending_change is not None:
        entry.submitted_at = entry.submitted_by = None
        entry.review_note = note
        session.flush()
        _audit(session, reviewer_id, "entry.send_back", entry, change=True, comment=note)
        return
    if entry.status != "in_review":
        raise ReviewError("Only an entry or a change waiting for review can be sent back.")
    ensure_baseline(session, entry)
    before = snapshot(entry)
    entry.status, entry.submitted_at, entry.submitted_by, entry.review_note = "draft", None, None, note
    save_revision(
        session, entry, reviewer_id, "entry.send_back", before, {"comment": note}, summary=f"Sent back to draft: {note}"
    )


def unpublish(
    session: Session, entry: KnowledgeEntry, reviewer_id: int | None, expected_version: int | None
) -> int | None:
    """Take an entry offline; a change waiting for review becomes part of the draft."""
    check_version(session, entry, expected_version)
    if entry.status != "published":
        raise ReviewError("Only a published entry can be unpublished.")
    ensure_baseline(session, entry)
    before = snapshot(entry)
    if entry.pending_change is not None:
        apply_content(session, entry, validate(EntryDraft.working(entry), "draft", entry.position))
    entry.status = "draft"
    entry.pending_change = entry.pending_by = entry.pending_saved_at = None
    entry.submitted_at = entry.submitted_by = None
    return save_revision(session, entry, reviewer_id, "entry.unpublish", before, {})


# ---------------------------------------------------------------- the review queue


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day if it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def poor_since_review(session: Session, today: dt.date) -> set[str]:
    """Published entries rated poorly over the feedback period, counting only votes since their last review."""
    poor = poorly_rated_slugs(session, FEEDBACK_DAYS)
    if not poor:
        return poor
    result: set[str] = set()
    recent: dict[int, set[str]] = {}  # days since the review -> slugs reviewed that many days ago
    for slug, reviewed_on in session.execute(
        select(KnowledgeEntry.slug, KnowledgeEntry.reviewed_on).where(
            KnowledgeEntry.slug.in_(poor), KnowledgeEntry.status == "published"
        )
    ):
        age = (today - reviewed_on).days if reviewed_on else FEEDBACK_DAYS
        if age >= FEEDBACK_DAYS:
            result.add(slug)
        elif age > 0:
            recent.setdefault(age, set()).add(slug)
    for age, slugs in recent.items():
        result |= poorly_rated_slugs(session, age) & slugs
    return result


@dataclass(frozen=True)
class DueEntry:
    """One row of the queue: the entry and every reason it needs a reviewer, in words."""

    entry: KnowledgeEntry
    reasons: tuple[str, ...]
    waiting: bool  # submitted and waiting for a decision (rather than due for a fresh review)


@dataclass(frozen=True)
class _Rules:
    today: dt.date
    interval_months: int
    cutoff: dt.date
    poor: frozenset[str]

    def waiting(self) -> ColumnElement:
        return or_(
            KnowledgeEntry.status == "in_review",
            and_(KnowledgeEntry.status == "published", KnowledgeEntry.submitted_at.is_not(None)),
        )

    def due(self) -> ColumnElement:
        reviewed = KnowledgeEntry.reviewed_on
        reasons = [reviewed.is_(None), reviewed < self.cutoff, KnowledgeEntry.sources_changed_on > reviewed]
        if self.poor:
            reasons.append(KnowledgeEntry.slug.in_(sorted(self.poor)))
        return and_(KnowledgeEntry.status == "published", or_(*reasons))

    def reasons(self, entry: KnowledgeEntry) -> tuple[str, ...]:
        found = []
        by = f" by {entry.submitted_by}" if entry.submitted_by else ""
        on = f" on {entry.submitted_at:%Y-%m-%d}" if entry.submitted_at else ""
        if entry.status == "in_review":
            found.append(f"Waiting for review: submitted{by}{on}.")
        if entry.status != "published":
            return tuple(found)
        if entry.submitted_at:
            found.append(f"A change to the published answer is waiting for review: submitted{by}{on}.")
        if entry.reviewed_on is None:
            found.append("Never reviewed.")
        elif entry.reviewed_on < self.cutoff:
            found.append(
                f"Last reviewed {entry.reviewed_on:%Y-%m-%d}, more than {self.interval_months} "
                f"month{'' if self.interval_months == 1 else 's'} ago."
            )
        if entry.sources_changed_on and entry.reviewed_on and entry.sources_changed_on > entry.reviewed_on:
            found.append(f"Sources changed on {entry.sources_changed_on:%Y-%m-%d}, after the last review.")
        if entry.slug in self.poor:
            found.append(f"Visitors rated the answer poorly in the last {FEEDBACK_DAYS} days.")
        return tuple(found)


def _rules(session: Session, today: dt.date | None, interval_months: int) -> _Rules:
    today = today or utcnow().date()
    return _Rules(
        today, interval_months, months_before(today, interval_months), frozenset(poor_since_review(session, today))
    )


def review_due_count(session: Session, interval_months: int, today: dt.date | None = None) -> int:
    """How many entries the queue lists (for the navigation)."""
    rules = _rules(session, today, interval_months)
    return session.execute(select(func.count(KnowledgeEntry.id)).where(or_(rules.waiting(), rules.due()))).scalar_one()


def review_due(
    session: Session, interval_months: int, *, page: int = 1, page_size: int = 50, today: dt.date | None = None
) -> Page[DueEntry]:
    """The queue, one page: what waits for a decision first (oldest first), then the longest unreviewed."""
    rules = _rules(session, today, interval_months)
    query = select(KnowledgeEntry).where(or_(rules.waiting(), rules.due()))
    waiting_first = case((rules.waiting(), 0), else_=1)
    undated_first = case((KnowledgeEntry.submitted_at.is_(None), 0), else_=1)  # NULLs sort alike everywhere
    never_reviewed_first = case((KnowledgeEntry.reviewed_on.is_(None), 0), else_=1)
    shown = paginate(
        session,
        query.order_by(
            waiting_first,
            undated_first,
            KnowledgeEntry.submitted_at,
            never_reviewed_first,
            KnowledgeEntry.reviewed_on,
            KnowledgeEntry.slug,
        ),
        page,
        page_size,
    )
    return shown.map(
        lambda entry: DueEntry(
            entry, rules.reasons(entry), entry.status == "in_review" or entry.submitted_at is not None
        )
    )
