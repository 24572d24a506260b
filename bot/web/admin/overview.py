"""The staff start page (``/admin``): what happened in the last 7 and 30 days.

Conversations and questions by topic come from the anonymous chat events (:mod:`bot.stats`),
unanswered questions and inquiries from their own tables, and the least helpful answers of
the last 30 days from visitors' "Helpful? Yes / No" (:mod:`bot.web.admin.feedback`). The route itself stays
``accounts.admin_home`` so existing links and the login redirect keep working.
"""
from __future__ import annotations

from flask import render_template
from sqlalchemy import func, select

from bot.kb.topics import TOPICS
from bot.models import INQUIRY_STATUSES, KnowledgeEntry, UnansweredQuestion, utcnow
from bot.stats import PERIODS_DAYS, period_counts
from bot.web import get_db
from bot.web.admin.feedback import FEEDBACK_DAYS, least_helpful


def overview_page() -> str:
    """Counts for each period, plus what is waiting for staff now."""
    db = get_db()
    now = utcnow()
    periods = [period_counts(db, days, now) for days in PERIODS_DAYS]
    waiting = db.execute(select(func.count(UnansweredQuestion.id))
                         .where(UnansweredQuestion.status == "new")).scalar_one()
    drafts = db.execute(select(func.count(KnowledgeEntry.id)).where(KnowledgeEntry.status == "draft")).scalar_one()
    clinics = sorted({(name, ref) for period in periods for ref, (name, _) in period.inquiries_by_clinic.items()})
    topics = dict(TOPICS, unknown="Topic not recorded")
    shown_topics = [key for key in topics if any(key in period.questions_by_topic for period in periods)]
    return render_template("admin/overview.html", periods=periods, waiting=waiting, drafts=drafts, topics=topics,
                           shown_topics=shown_topics, clinics=clinics, statuses=INQUIRY_STATUSES,
                           least_helpful=least_helpful(db, FEEDBACK_DAYS), feedback_days=FEEDBACK_DAYS)
