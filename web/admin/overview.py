"""The staff start page (``/admin``): what happened in the last 7 and 30 days, with charts.

Conversations and questions by topic come from the anonymous chat events (:mod:`bot.stats`;
Rasa's own tracker store is never read here), unanswered questions and inquiries from their
own tables, and the least helpful answers of the last 30 days from visitors' "Helpful? Yes /
No" (:mod:`bot.kb.listing`). Days are days of the organisation's time zone. Failed
notification deliveries are listed here for administrators, never in the clinic portal. The
route itself stays ``accounts.admin_home`` so existing links and the login redirect keep working.
"""

from __future__ import annotations

from flask import render_template
from flask_login import current_user

from bot.kb.gaps import total_asked
from bot.kb.listing import least_helpful
from bot.kb.topics import TOPICS
from bot.models import INQUIRY_STATUSES, utcnow
from bot.stats import (
    PERIODS_DAYS,
    DailyCounts,
    PeriodCounts,
    daily_counts,
    delivery_problems,
    period_counts,
    waiting_work,
)
from web import get_db, org_timezone
from web.admin.charts import Chart, category_chart, daily_chart
from web.admin.feedback import FEEDBACK_DAYS, WORST_LIMIT

CHART_DAYS = 30
DELIVERY_PROBLEMS_SHOWN = 20
UNKNOWN_TOPIC = "Topic not recorded"


def overview_page() -> str:
    """Counts for each period, charts of the last 30 days, plus what is waiting for staff now."""
    db = get_db()
    now = utcnow()
    periods = [period_counts(db, days, now) for days in PERIODS_DAYS]
    waiting = waiting_work(db)
    clinics = sorted({(name, ref) for period in periods for ref, (name, _) in period.inquiries_by_clinic.items()})
    topics = dict(TOPICS, unknown=UNKNOWN_TOPIC)
    shown_topics = [key for key in topics if any(key in period.questions_by_topic for period in periods)]
    problems, problem_rows = delivery_problems(db, DELIVERY_PROBLEMS_SHOWN) if current_user.role == "admin" else (0, [])
    return render_template(
        "admin/overview.html",
        periods=periods,
        waiting=waiting.unanswered,
        drafts=waiting.drafts,
        not_covered_asked=total_asked(db),
        topics=topics,
        shown_topics=shown_topics,
        clinics=clinics,
        clinic_ids={ref: clinic_id for period in periods for ref, clinic_id in period.clinic_ids.items()},
        statuses=INQUIRY_STATUSES,
        least_helpful=least_helpful(db, FEEDBACK_DAYS, WORST_LIMIT),
        feedback_days=FEEDBACK_DAYS,
        charts=_charts(daily_counts(db, CHART_DAYS, org_timezone(), now), periods[-1], topics),
        chart_days=CHART_DAYS,
        delivery_problems=problems,
        delivery_rows=problem_rows,
    )


def _charts(daily: DailyCounts, month: PeriodCounts, topics: dict[str, str]) -> list[tuple[Chart, str]]:
    """Each chart with the endpoint of the list its numbers come from ("" when there is no list)."""
    by_topic = sorted(
        ((topics[key], month.questions_by_topic[key]) for key in topics if key in month.questions_by_topic),
        key=lambda item: -item[1],
    )  # most asked first
    return [
        (
            daily_chart(
                "chart-conversations",
                "Conversations per day",
                daily.days,
                daily.conversations,
                ("conversation", "conversations"),
            ),
            "",
        ),
        (
            category_chart(
                "chart-topics",
                f"Questions answered by topic, last {month.days} days",
                by_topic,
                ("question", "questions"),
            ),
            "kb.entries",
        ),
        (
            daily_chart(
                "chart-unanswered",
                "Unanswered questions per day",
                daily.days,
                daily.unanswered,
                ("unanswered question", "unanswered questions"),
            ),
            "unanswered.groups",
        ),
        (
            daily_chart(
                "chart-inquiries", "Inquiries to clinics per day", daily.days, daily.inquiries, ("inquiry", "inquiries")
            ),
            "",
        ),
    ]
