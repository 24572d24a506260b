"""Local times, the overview's charts and the readable audit log (issue #15), on real SQLite and
PostgreSQL through the real app."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from types import SimpleNamespace

import pytest
from flask import Flask

from bot.audit import describe_action
from bot.config import load_settings
from bot.db import session_scope
from bot.inquiries.service import save_inquiry
from bot.local_time import TimeZoneError, format_local, local_day_start_utc, local_today, org_zone
from bot.models import AuditLog, ChatEvent, KnowledgeEntry, UnansweredQuestion
from tests.admin_world import app, logged_in, path_of, squeeze, text, world  # noqa: F401 - fixtures by name
from tests.web_helpers import inquiry_request
from web import create_app
from web.admin.charts import category_chart, daily_chart

LOS_ANGELES = org_zone("America/Los_Angeles")
CHART_BAR = re.compile(r'<g class="chart-item"><title>([^<]*)</title>')


# ---------------------------------------------------------------- the time zone


def test_times_are_shown_on_one_line_in_the_configured_zone_with_daylight_saving_time() -> None:
    assert format_local(dt.datetime(2026, 11, 30, 23, 5), LOS_ANGELES) == "Nov 30, 2026, 3:05 PM PST"
    assert format_local(dt.datetime(2026, 7, 1, 19, 0), LOS_ANGELES) == "Jul 1, 2026, 12:00 PM PDT"
    # 2026-03-08: clocks go from 2:00 PST to 3:00 PDT, 10:00 UTC.
    assert format_local(dt.datetime(2026, 3, 8, 9, 59), LOS_ANGELES) == "Mar 8, 2026, 1:59 AM PST"
    assert format_local(dt.datetime(2026, 3, 8, 10, 0), LOS_ANGELES) == "Mar 8, 2026, 3:00 AM PDT"
    assert format_local(dt.datetime(2026, 11, 30, 0, 30), org_zone("Europe/Berlin")) == "Nov 30, 2026, 1:30 AM CET"
    assert format_local(dt.datetime(2026, 11, 30, 0, 30), org_zone("UTC")) == "Nov 30, 2026, 12:30 AM UTC"
    assert format_local(None, LOS_ANGELES) == "—"
    # A local day is 23 hours long when the clocks go forward.
    assert (
        local_day_start_utc(dt.date(2026, 3, 9), LOS_ANGELES) - local_day_start_utc(dt.date(2026, 3, 8), LOS_ANGELES)
    ) == dt.timedelta(hours=23)


def test_the_zone_comes_from_org_timezone_and_a_wrong_name_stops_the_app_with_a_clear_message(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORG_TIMEZONE", "America/New_York")
    assert load_settings().org_timezone == "America/New_York"
    monkeypatch.delenv("ORG_TIMEZONE")
    assert load_settings().org_timezone == "America/Los_Angeles"
    settings = dataclasses.replace(load_settings(), org_timezone="America/Los_Angles")
    with pytest.raises(TimeZoneError, match="ORG_TIMEZONE='America/Los_Angles' is not a time zone name"):
        create_app(engine, settings, testing=True)


def test_pages_show_stored_times_in_the_organisations_zone(world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        session.add(
            AuditLog(
                user_id=world.users["admin@example.org"],
                action="clinic.update",
                object_type="clinic",
                object_ref="c1",
                details={},
                created_at=dt.datetime(2026, 1, 15, 17, 45),
            )
        )
    settings = dataclasses.replace(
        load_settings(), ratelimit_storage_uri="memory://", web_cookie_secure=False, org_timezone="America/New_York"
    )
    page = text(logged_in(create_app(world.engine, settings, testing=True), "admin@example.org").get("/admin/audit"))
    assert '<time class="local-time" datetime="2026-01-15T17:45:00Z">Jan 15, 2026, 12:45 PM EST</time>' in page
    assert "UTC" not in page


def test_every_template_compiles_with_the_filters_the_app_has(app: Flask) -> None:
    """A template still using a removed filter (such as the old ``| utc``) fails here, not on a live page."""
    names = [name for name in app.jinja_env.list_templates() if name.endswith(".html")]
    assert "admin/overview.html" in names and "portal/inquiry.html" in names
    for name in names:
        app.jinja_env.get_template(name)


# ---------------------------------------------------------------- charts


def test_a_daily_chart_has_one_titled_bar_per_day_and_a_summary() -> None:
    days = [dt.date(2026, 11, 1) + dt.timedelta(days=offset) for offset in range(30)]
    values = [0] * 30
    values[3], values[29] = 7, 2
    chart = daily_chart("chart-x", "Things per day", days, values, ("thing", "things"))
    svg = str(chart.svg)
    assert svg.startswith('<svg class="chart" id="chart-x"') and 'role="img"' in svg
    assert 'aria-labelledby="chart-x-title chart-x-desc"' in svg and '<title id="chart-x-title">Things per day' in svg
    titles = CHART_BAR.findall(svg)
    assert len(titles) == 30 and titles[3] == "Nov 4, 2026: 7 things" and titles[29] == "Nov 30, 2026: 2 things"
    assert chart.summary == "9 things from Nov 1 to Nov 30; the most on Nov 4 (7)."
    heights = [float(height) for height in re.findall(r'class="chart-bar"[^>]* height="([\d.]+)"', svg)]
    assert heights[3] == max(heights) and heights[29] == pytest.approx(heights[3] * 2 / 7, abs=0.1) and heights[0] == 0
    assert "style=" not in svg and "<script" not in svg
    empty = daily_chart("chart-y", "Nothing", days, [0] * 30, ("thing", "things"))
    assert empty.summary == "No things from Nov 1 to Nov 30." and len(CHART_BAR.findall(str(empty.svg))) == 30
    topics = category_chart("chart-t", "By topic", [("Cost & <insurance>", 3), ("Risks", 1)], ("question", "questions"))
    assert CHART_BAR.findall(str(topics.svg)) == ["Cost &amp; &lt;insurance&gt;: 3 questions", "Risks: 1 question"]


def _local_noon(days_ago: int, zone=LOS_ANGELES) -> dt.datetime:
    day = local_today(zone) - dt.timedelta(days=days_ago)
    return local_day_start_utc(day, zone) + dt.timedelta(hours=12)


def _chart(page: str, chart_id: str) -> str:
    match = re.search(rf'<svg class="chart" id="{chart_id}".*?</svg>', page, re.S)
    assert match, chart_id
    return match.group(0)


def _day(days_ago: int) -> str:
    day = local_today(LOS_ANGELES) - dt.timedelta(days=days_ago)
    return f"{day:%b} {day.day}, {day.year}"


def test_the_overview_charts_count_the_seeded_days_and_its_counts_link_to_their_lists(
    app: Flask, world: SimpleNamespace
) -> None:
    with session_scope(world.engine) as session:
        session.add_all([ChatEvent(kind="conversation", created_at=_local_noon(2)) for _ in range(3)])
        session.add_all(
            [
                ChatEvent(kind="conversation", created_at=_local_noon(12)),
                ChatEvent(kind="conversation", created_at=_local_noon(45)),  # outside the charts
                ChatEvent(kind="question", topic="cost", created_at=_local_noon(2)),
                ChatEvent(kind="question", topic="cost", created_at=_local_noon(3)),
                ChatEvent(kind="question", topic="risks", created_at=_local_noon(3)),
                UnansweredQuestion(text="q", confidence=0.2, created_at=_local_noon(5)),
                UnansweredQuestion(text="r", confidence=0.2, created_at=_local_noon(5)),
            ]
        )
        save_inquiry(session, inquiry_request("c1")).created_at = _local_noon(1)
    page = text(logged_in(app, "editor@example.org").get("/admin"))

    conversations = CHART_BAR.findall(_chart(page, "chart-conversations"))
    assert len(conversations) == 30 and conversations[-1].startswith(_day(0))
    assert conversations[-3] == f"{_day(2)}: 3 conversations" and conversations[-13] == f"{_day(12)}: 1 conversation"
    assert sum(int(re.search(r": (\d+) ", title).group(1)) for title in conversations) == 4
    unanswered = CHART_BAR.findall(_chart(page, "chart-unanswered"))
    assert len(unanswered) == 30 and unanswered[-6] == f"{_day(5)}: 2 unanswered questions"
    inquiries = CHART_BAR.findall(_chart(page, "chart-inquiries"))
    assert inquiries[-2] == f"{_day(1)}: 1 inquiry"
    assert CHART_BAR.findall(_chart(page, "chart-topics")) == [
        "Cost and insurance: 2 questions",
        "Risks and side effects: 1 question",
    ]
    assert "4 conversations from" in page and "Show the numbers" in page  # summary and table alternative

    flat = squeeze(page)
    assert re.search(r'<th scope="row">Unanswered questions</th><td><a href="/admin/unanswered">2<', flat)
    assert '<a href="/admin/kb?topic=cost">2<' in flat
    assert re.search(r'<th scope="row">Inquiries to clinics</th><td><a href="#inquiries-heading">1<', flat)
    assert f'<a href="/admin/clinics/{world.clinics["c1"]}">Clinic c1 (sample)</a>' in flat


# ---------------------------------------------------------------- the audit log


@pytest.fixture
def audit_rows(world: SimpleNamespace) -> SimpleNamespace:
    """Entries by two people and the system on three days, objects of every kind."""
    admin, editor = world.users["admin@example.org"], world.users["editor@example.org"]
    with session_scope(world.engine) as session:
        entry = KnowledgeEntry(
            slug="what-is-ketamine",
            topic="what_is_ketamine",
            question="What is ketamine?",
            phrasings=[],
            answer="An anaesthetic.",
            sources=[],
            status="published",
        )
        session.add(entry)
        session.flush()
        session.add_all(
            [
                AuditLog(
                    user_id=editor,
                    action="entry.publish",
                    object_type="knowledge_entry",
                    object_ref="what-is-ketamine",
                    details={"id": entry.id},
                    created_at=_local_noon(20),
                ),
                AuditLog(
                    user_id=admin,
                    action="credential.verify",
                    object_type="credential",
                    object_ref=f"c2/{world.credentials['c2']}",
                    details={},
                    created_at=_local_noon(10),
                ),
                AuditLog(
                    user_id=admin,
                    action="user.disable",
                    object_type="user",
                    object_ref="editor@example.org",
                    details={"id": editor},
                    created_at=_local_noon(10),
                ),
                AuditLog(
                    user_id=None,
                    action="clinic.update",
                    object_type="clinic",
                    object_ref="c1",
                    details={},
                    created_at=_local_noon(3),
                ),
                AuditLog(
                    user_id=editor,
                    action="unanswered.dismiss",
                    object_type="unanswered_question",
                    object_ref="4",
                    details={"count": 1},
                    created_at=_local_noon(3),
                ),
                AuditLog(
                    user_id=admin,
                    action="user.reset_password",
                    object_type="user",
                    object_ref="one@c1.example",
                    details={},
                    created_at=_local_noon(3),
                ),
            ]
        )
        entry_id = entry.id
    return SimpleNamespace(entry_id=entry_id, admin=admin, editor=editor)


def _rows(page: str) -> list[str]:
    return re.findall(r'<td class="audit-action" title="([^"]+)">', page)


def test_the_audit_log_reads_as_plain_sentences_with_linked_objects(
    app: Flask, world: SimpleNamespace, audit_rows: SimpleNamespace
) -> None:
    page = squeeze(text(logged_in(app, "admin@example.org").get("/admin/audit")))
    assert '<td class="audit-action" title="credential.verify">verified a license</td>' in page
    assert '<td class="audit-action" title="entry.publish">published an entry</td>' in page
    assert '<td class="audit-action" title="unanswered.dismiss">dismissed an unanswered question</td>' in page
    assert '<td class="audit-action" title="user.reset_password">reset password (account)</td>' in page
    assert f'<a class="reference" href="/admin/kb/{audit_rows.entry_id}">what-is-ketamine</a>' in page
    assert f'<a class="reference" href="/admin/clinics/{world.clinics["c2"]}">c2/{world.credentials["c2"]}</a>' in page
    assert f'<a class="reference" href="/admin/clinics/{world.clinics["c1"]}">c1</a>' in page
    assert '<a class="reference" href="/admin/accounts">editor@example.org</a>' in page
    assert "<td>The system</td>" in page
    assert f"{format_local(_local_noon(3), LOS_ANGELES)}</time>" in page
    assert describe_action("clinic.archive") == "archive (clinic)" and describe_action("odd") == "odd"


def test_the_audit_log_filters_by_person_action_and_dates(
    app: Flask, world: SimpleNamespace, audit_rows: SimpleNamespace
) -> None:
    admin = logged_in(app, "admin@example.org")
    everything = text(admin.get("/admin/audit"))
    assert len(_rows(everything)) == 6 and "6 changes" in everything
    assert f'<option value="{audit_rows.editor}">editor@example.org</option>' in everything
    assert '<option value="credential.verify">verified a license</option>' in everything

    assert sorted(_rows(text(admin.get(f"/admin/audit?person={audit_rows.editor}")))) == [
        "entry.publish",
        "unanswered.dismiss",
    ]
    assert _rows(text(admin.get("/admin/audit?person=system"))) == ["clinic.update"]
    assert _rows(text(admin.get("/admin/audit?action=credential.verify"))) == ["credential.verify"]
    ten_days_ago = local_today(LOS_ANGELES) - dt.timedelta(days=10)
    assert sorted(_rows(text(admin.get(f"/admin/audit?start={ten_days_ago}&end={ten_days_ago}")))) == [
        "credential.verify",
        "user.disable",
    ]
    assert sorted(_rows(text(admin.get(f"/admin/audit?start={ten_days_ago}")))) == [
        "clinic.update",
        "credential.verify",
        "unanswered.dismiss",
        "user.disable",
        "user.reset_password",
    ]
    assert _rows(text(admin.get(f"/admin/audit?end={ten_days_ago - dt.timedelta(days=1)}"))) == ["entry.publish"]
    combined = text(admin.get(f"/admin/audit?person={audit_rows.admin}&start={ten_days_ago}&action=user.disable"))
    assert _rows(combined) == ["user.disable"] and "1 change matching the filters" in combined


def test_audit_filters_survive_paging(app: Flask, world: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        session.add_all(
            [
                AuditLog(user_id=None, action="clinic.update", object_type="clinic", object_ref="c1", details={})
                for _ in range(55)
            ]
        )
        session.add(
            AuditLog(
                user_id=world.users["admin@example.org"],
                action="user.enable",
                object_type="user",
                object_ref="editor@example.org",
                details={},
            )
        )
    admin = logged_in(app, "admin@example.org")
    first = text(admin.get("/admin/audit?person=system"))
    assert "55 changes matching the filters, page 1 of 2" in first and len(_rows(first)) == 50
    assert 'href="/admin/audit?page=2&amp;person=system"' in first
    second = text(admin.get("/admin/audit?page=2&person=system"))
    assert _rows(second) == ["clinic.update"] * 5


def test_only_admins_open_the_audit_log(app: Flask, world: SimpleNamespace) -> None:
    anonymous = app.test_client().get("/admin/audit?person=system")
    assert anonymous.status_code == 302 and path_of(anonymous.location) == "/login"
    for email in ("editor@example.org", "reviewer@example.org", "one@c1.example"):
        assert logged_in(app, email).get("/admin/audit?person=system").status_code == 403, email


def test_an_overview_without_data_still_draws_empty_charts(app: Flask, world: SimpleNamespace) -> None:
    page = text(logged_in(app, "reviewer@example.org").get("/admin"))
    assert len(CHART_BAR.findall(_chart(page, "chart-conversations"))) == 30
    assert "No conversations from" in page and "No questions." in page
