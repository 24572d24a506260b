"""Compact answers and "Helpful? Yes / No": the reply text, the feedback actions with trackers
built here, the staff panel and overview (real SQLite and PostgreSQL), and the whole flow
through the REST channel against the real Rasa and action servers.

The browser side (folded sources and the buttons at 360 px) is in tests/test_browser.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from flask import Flask
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.engine import Engine

from actions.feedback import ActionAnswerFeedback, ActionFeedbackReason, feedback_buttons
from bot.db import session_scope
from bot.kb.feedback import looks_like_question, says_nothing, sounds_negative
from bot.kb.loader import load_knowledge_base
from bot.kb.markdown import to_html
from bot.kb.presentation import DISCLAIMER, MORE_SOURCES_LINE, render_answer
from bot.kb.service import Answer, EntryView
from bot.models import AnswerFeedback, ChatEvent, KnowledgeEntry, utcnow
from bot.stats import record_question
from tests.admin_world import _secrets, app, logged_in, squeeze, text, world  # noqa: F401 - fixtures
from tests.chat import Conversation, answer_body, heading, texts
from tests.kb_samples import small_kb

CONTACT = "write to ann.lee@example.net or call (212) 555-0199"
SOURCES = tuple({"title": f"Source {n}", "url": f"https://example.org/{n}"} for n in range(1, 5))


def view(sources: tuple[dict, ...] = SOURCES, reviewed: dt.date | None = dt.date(2026, 11, 1)) -> EntryView:
    return EntryView(
        "cost-overview",
        "cost",
        "How much does ketamine therapy cost?",
        "Costs vary.\n\n- one\n- two",
        sources,
        reviewed,
    )


# ---------------------------------------------------------------- how an answer reads


def test_an_answer_shows_two_sources_one_per_line_and_folds_the_rest_on_one_line() -> None:
    text = render_answer(Answer(view(), 1.0, ()))
    assert heading(text) == "How much does ketamine therapy cost?"
    assert answer_body(text).startswith("Costs vary.\n\n- one\n- two\n\n")
    lines = text.splitlines()
    assert lines[-4:] == [
        "Sources: [Source 1](https://example.org/1)",
        "[Source 2](https://example.org/2)",
        "More sources (2): [Source 3](https://example.org/3); [Source 4](https://example.org/4)",
        f"_Reviewed November 2026. {DISCLAIMER}_",
    ]
    assert MORE_SOURCES_LINE.match(lines[-2]).group(1) == "2"  # what the widget folds
    assert DISCLAIMER == "Information, not medical advice."


def test_few_sources_are_not_folded_and_odd_titles_stay_text() -> None:
    one = render_answer(Answer(view(SOURCES[:1], reviewed=None), 1.0, ()))
    assert one.splitlines()[-2:] == ["Sources: [Source 1](https://example.org/1)", f"_{DISCLAIMER}_"]
    two = render_answer(Answer(view(SOURCES[:2]), 1.0, ()))
    assert "More sources" not in two and "[Source 2](https://example.org/2)\n_Reviewed" in two
    odd = (
        {"title": "A [b]", "url": "https://a.example"},
        {"title": "Plain citation; 2019"},
        {"title": "<script>alert(1)</script>; x", "url": "https://c.example"},
        {"title": "Smith; Jones. Trial", "url": "https://d.example"},
    )
    rendered = render_answer(Answer(view(odd), 1.0, ()))
    more = rendered.splitlines()[-2]
    assert more == (
        "More sources (2): [<script>alert(1)</script>, x](https://c.example); [Smith, Jones. Trial](https://d.example)"
    )  # ";" inside a title would split it
    assert "Sources: [A (b)](https://a.example)\nPlain citation; 2019" in rendered
    html = str(to_html(rendered))  # the staff preview: still escaped
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_widget_folds_exactly_the_line_the_server_writes() -> None:
    from bot.config import PROJECT_ROOT

    widget = PROJECT_ROOT / "web" / "static" / "widget"
    rendering = (widget / "render.js").read_text(encoding="utf-8")
    messages = (widget / "messages.js").read_text(encoding="utf-8")
    widget_pattern = re.search(r"var MORE_SOURCES = /(.+)/;", rendering).group(1)
    assert widget_pattern == MORE_SOURCES_LINE.pattern
    assert 'var VOTE_PREFIX = "/answer_feedback";' in messages and feedback_buttons("x")[0]["payload"].startswith(
        "/answer_feedback{"
    )


# ---------------------------------------------------------------- reading visitors' words


@pytest.mark.parametrize(
    "message, question, nothing, negative",
    [
        ("It didn't say what insurance covers", False, False, True),
        ("too long and vague", False, False, True),
        ("how much does it cost in Canada?", True, False, False),
        ("does it work for OCD", True, False, False),
        ("no thanks", False, True, True),
        ("Nothing, that's all", False, True, False),
        ("this answer was helpful", False, False, False),
    ],
)
def test_visitor_words_are_read_plainly(message: str, question: bool, nothing: bool, negative: bool) -> None:
    assert (looks_like_question(message), says_nothing(message), sounds_negative(message)) == (
        question,
        nothing,
        negative,
    )


# ---------------------------------------------------------------- the actions, with trackers built here


def user(text: str, intent: str, entities: list | None = None) -> dict[str, Any]:
    return {
        "event": "user",
        "text": text,
        "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "entities": entities or []},
    }


def answer(slug: str) -> dict[str, Any]:
    return {"event": "bot", "text": f"**{slug}**", "data": {"buttons": feedback_buttons(slug)}, "metadata": {}}


def bot(response: str) -> dict[str, Any]:
    return {"event": "bot", "text": "…", "data": {}, "metadata": {"utter_action": response}}


def vote(slug: str, helpful: bool) -> dict[str, Any]:
    payload = "/answer_feedback" + json.dumps({"faq_entry": slug, "helpful": helpful})
    return user(
        payload, "answer_feedback", [{"entity": "faq_entry", "value": slug}, {"entity": "helpful", "value": helpful}]
    )


def run(action, events: list[dict], slots: dict | None = None) -> tuple[list[dict], list]:
    latest = next(event for event in reversed(events) if event["event"] == "user")
    message = {"text": latest["text"], **latest["parse_data"]}
    tracker = Tracker("visitor", slots or {}, message, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    result = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, result


@pytest.fixture
def votes_db(engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Engine]:
    """The actions' database (each kind), with the small knowledge base for answers given in place."""
    from actions.faq import knowledge_service

    with session_scope(engine) as session:
        load_knowledge_base(session, small_kb(tmp_path / "kb"))
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    knowledge_service.cache_clear()
    yield engine
    knowledge_service.cache_clear()


def stored(engine: Engine) -> list[AnswerFeedback]:
    with session_scope(engine) as session:
        return list(session.execute(select(AnswerFeedback).order_by(AnswerFeedback.id)).scalars())


def test_yes_counts_once_for_the_answer_shown_with_the_question_that_led_to_it(votes_db: Engine) -> None:
    events = [
        user(f"what does it cost? {CONTACT}", "ask_question"),
        answer("cost-overview"),
        vote("cost-overview", True),
    ]
    messages, result = run(ActionAnswerFeedback(), events)
    assert [message["response"] for message in messages] == ["utter_feedback_thanks"]
    assert result == [SlotSet("feedback_id", None)]
    [row] = stored(votes_db)
    assert (row.entry_slug, row.helpful, row.reason) == ("cost-overview", True, None)
    assert row.question.startswith("what does it cost? write to [e-mail removed] or call [phone removed]")
    # A second click (or a replayed payload) is thanked but not counted; an entry never shown is not counted.
    again, _ = run(ActionAnswerFeedback(), events + [vote("cost-overview", False)])
    forged, _ = run(ActionAnswerFeedback(), events + [vote("risks-overview", False)])
    assert again[0]["response"] == "utter_feedback_thanks" and forged[0]["response"] == "utter_feedback_no_answer"
    assert len(stored(votes_db)) == 1


def test_no_asks_what_was_missing_and_keeps_the_reason_without_contact_details(votes_db: Engine) -> None:
    events = [user("how much is it", "ask_question"), answer("cost-overview"), vote("cost-overview", False)]
    messages, result = run(ActionAnswerFeedback(), events)
    [row] = stored(votes_db)
    assert messages == [] and result == [
        SlotSet("feedback_id", str(row.id)),
        FollowupAction("utter_ask_feedback_reason"),
    ]
    events += [bot("utter_ask_feedback_reason"), user(f"No prices for my city, {CONTACT}", "ask_question")]
    messages, result = run(ActionFeedbackReason(), events, {"feedback_id": str(row.id)})
    assert [message["response"] for message in messages] == ["utter_feedback_reason_thanks"]
    assert result == [SlotSet("feedback_id", None)]
    [row] = stored(votes_db)
    assert row.helpful is False and row.question == "how much is it"
    assert row.reason == "No prices for my city, write to [e-mail removed] or call [phone removed]"
    assert "ann.lee" not in row.reason and "0199" not in row.reason


@pytest.mark.parametrize(
    "message, intent, entities, reply",
    [
        ("is ketamine addictive?", "ask_question", [], "**Is ketamine addictive?**"),  # a question is answered
        (
            '/ask_question{"faq_entry": "risks-overview"}',
            "ask_question",  # a related-question button
            [{"entity": "faq_entry", "value": "risks-overview"}],
            "**What are the side effects of ketamine?**",
        ),
        ("no thanks", "deny", [], "utter_deny_ack"),  # declines: the reply its rule gives
        ("bye", "goodbye", [], "utter_goodbye"),
        ("nothing", "nlu_fallback", [], "utter_feedback_thanks"),
    ],
)
def test_after_the_prompt_a_question_or_a_refusal_is_not_a_reason(
    votes_db: Engine, message: str, intent: str, entities: list, reply: str
) -> None:
    events = [user("how much is it", "ask_question"), answer("cost-overview"), vote("cost-overview", False)]
    _, result = run(ActionAnswerFeedback(), events)
    feedback_id = result[0]["value"]
    events += [bot("utter_ask_feedback_reason"), user(message, intent, entities)]
    messages, result = run(ActionFeedbackReason(), events, {"feedback_id": feedback_id})
    [said] = messages
    assert (said.get("response") or said["text"]).startswith(reply)
    assert result[0] == SlotSet("feedback_id", None) and not any(event["event"] == "followup" for event in result)
    assert [row.reason for row in stored(votes_db)] == [None]


def test_a_choice_from_did_you_mean_keeps_the_question_typed_before_it(votes_db: Engine) -> None:
    events = [
        user("the nasal spray", "ask_question"),
        bot("utter_did_you_mean"),
        user('/ask_question{"faq_entry": "cost-overview"}', "ask_question"),
        answer("cost-overview"),
        user('/ask_question{"faq_entry": "risks-overview"}', "ask_question"),
        answer("risks-overview"),
        vote("cost-overview", True),
        vote("risks-overview", True),
    ]
    run(ActionAnswerFeedback(), events[:7])
    run(ActionAnswerFeedback(), events)
    assert [(row.entry_slug, row.question) for row in stored(votes_db)] == [
        ("cost-overview", "the nasal spray"),
        ("risks-overview", None),
    ]  # a related-question button: no words


def test_a_typed_verdict_counts_for_the_latest_answer_and_a_typed_question_is_answered(votes_db: Engine) -> None:
    events = [
        user("is it addictive", "ask_question"),
        answer("risks-addiction"),
        user("that answer didn't help", "answer_feedback"),
    ]
    _, result = run(ActionAnswerFeedback(), events)
    assert result[-1] == FollowupAction("utter_ask_feedback_reason")
    assert [(row.entry_slug, row.helpful) for row in stored(votes_db)] == [("risks-addiction", False)]
    messages, _ = run(ActionAnswerFeedback(), events[:2] + [user("is ketamine addictive?", "answer_feedback")])
    assert [message["text"].split("\n")[0] for message in messages] == ["**Is ketamine addictive?**"]  # answered
    assert len(stored(votes_db)) == 1


# ---------------------------------------------------------------- what staff see


@pytest.fixture
def rated(world: SimpleNamespace, tmp_path: Path) -> SimpleNamespace:  # the admin world
    """The small KB with some showings and votes: cost-overview rated poorly, risks-overview well."""
    engine = world.engine
    with session_scope(engine) as session:
        load_knowledge_base(session, small_kb(tmp_path / "kb"))
    for _ in range(5):
        assert record_question(engine, "cost", "cost-overview")
    assert record_question(engine, "risks", "risks-overview")
    old = utcnow() - dt.timedelta(days=45)
    with session_scope(engine) as session:
        session.add_all(
            [
                AnswerFeedback(entry_slug="cost-overview", helpful=True, question="what does it cost"),
                AnswerFeedback(
                    entry_slug="cost-overview",
                    helpful=False,
                    question="price of infusions",
                    reason="No prices for my state",
                ),
                AnswerFeedback(
                    entry_slug="cost-overview",
                    helpful=False,
                    question="is it <b>cheap</b>",
                    reason="<script>alert(1)</script>",
                ),
                AnswerFeedback(entry_slug="risks-overview", helpful=True, question="is it safe"),
                AnswerFeedback(entry_slug="risks-addiction", helpful=False, created_at=old),  # outside 30 days
                ChatEvent(kind="question", topic="cost", entry_slug="cost-overview", created_at=old),
            ]
        )
        ids = {row.slug: row.id for row in session.execute(select(KnowledgeEntry)).scalars()}
    return SimpleNamespace(engine=engine, ids=ids)


def test_the_entry_page_shows_times_shown_helpful_rate_and_recent_reasons(app: Flask, rated: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    page = text(editor.get(f"/admin/kb/{rated.ids['cost-overview']}"))
    panel = squeeze(page[page.index('id="feedback-heading"') :])
    assert "<dt>Times shown</dt><dd>5 in the last 30 days</dd>" in panel
    assert "33% helpful: 1 yes, 2 no" in panel and "(3 votes). <strong>Rated poorly</strong>" in panel
    assert "<td>price of infusions</td><td>No prices for my state</td>" in panel
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in panel and "<script>alert" not in panel
    assert "&lt;b&gt;cheap&lt;/b&gt;" in panel
    quiet = squeeze(text(editor.get(f"/admin/kb/{rated.ids['cost-insurance']}")))
    assert "<dd>0 in the last 30 days</dd>" in quiet and "No votes in the last 30 days." in quiet
    assert "No “No” votes yet." in quiet
    assert "Visitor feedback" not in text(editor.get("/admin/kb/new"))


def test_the_overview_lists_the_least_helpful_entries_of_the_last_30_days(app: Flask, rated: SimpleNamespace) -> None:
    page = squeeze(text(logged_in(app, "editor@example.org").get("/admin")))
    section = page[page.index("Least helpful answers") : page.index("Inquiries by clinic and status")]
    rows = re.findall(r'<tr><th scope="row"><a href="([^"]+)">([^<]+)</a></th><td>(\d+)%</td>', section)
    assert rows == [
        (f"/admin/kb/{rated.ids['cost-overview']}#feedback", "How much does ketamine therapy cost?", "33"),
        (f"/admin/kb/{rated.ids['risks-overview']}#feedback", "What are the side effects of ketamine?", "100"),
    ]
    assert "Is ketamine addictive?" not in section  # its only vote is older than 30 days


def test_the_overview_says_when_nothing_was_rated(app: Flask, world: SimpleNamespace) -> None:
    page = text(logged_in(app, "editor@example.org").get("/admin"))
    assert "No answer was rated in the last 30 days." in page


# ---------------------------------------------------------------- over the REST channel, real servers


def rows_for(engine: Engine, slug: str) -> list[AnswerFeedback]:
    with session_scope(engine) as session:
        return list(
            session.execute(
                select(AnswerFeedback).where(AnswerFeedback.entry_slug == slug).order_by(AnswerFeedback.id)
            ).scalars()
        )


def answered(replies: list[dict]) -> tuple[str, dict, dict]:
    """The answer's entry slug and its Yes / No buttons (which every answer carries)."""
    assert len(replies) == 1 and heading(replies[0]["text"]), replies
    *_, yes, no = replies[0]["buttons"]
    assert (yes["title"], no["title"]) == ("Yes, helpful", "No, not helpful")
    slug = json.loads(yes["payload"].split("answer_feedback", 1)[1])["faq_entry"]
    return slug, yes, no


@pytest.mark.servers
def test_rest_no_with_a_reason_is_stored_without_contact_details(servers) -> None:
    chat = Conversation(servers.rasa_url)
    question = "what would one ketamine infusion cost me"
    slug, _, no = answered(chat.say(question))
    before = len(rows_for(servers.engine, slug))
    [prompt] = chat.say(no["payload"])
    assert prompt["text"].startswith("Thanks for telling us. What was missing?")
    assert "contact details" in prompt["text"]
    [thanks] = chat.say("It didn't say whether insurance pays. Call me at 404-555-0123 or jo.doe@example.org")
    assert thanks["text"].startswith("Thank you, that helps us improve this answer")
    *_, row = rows_for(servers.engine, slug)
    assert len(rows_for(servers.engine, slug)) == before + 1 and row.helpful is False
    assert row.reason == "It didn't say whether insurance pays. Call me at [phone removed] or [e-mail removed]"
    assert row.question == question  # what led to the answer (scrubbed like the reason: see the unit tests)
    # The vote counted once; the next message is an ordinary question again.
    assert chat.say(no["payload"])[0]["text"] == "Thanks for letting us know."
    assert heading(texts(chat.say("is ketamine addictive")))
    assert len(rows_for(servers.engine, slug)) == before + 1
    with session_scope(servers.engine) as session:
        shown = session.execute(select(ChatEvent).where(ChatEvent.entry_slug == slug)).scalars().all()
    assert shown  # "times shown"


@pytest.mark.servers
def test_rest_yes_is_thanked_and_a_question_after_no_is_answered_not_stored(servers) -> None:
    chat = Conversation(servers.rasa_url)
    slug, yes, _ = answered(chat.say("could regular ketamine treatments wreck my bladder"))
    assert chat.say(yes["payload"])[0]["text"] == "Thanks for letting us know."
    assert rows_for(servers.engine, slug)[-1].helpful is True
    second, _, no = answered(chat.say("is ketamine addictive"))
    chat.say(no["payload"])
    [reply] = chat.say("how long does a ketamine infusion take?")  # one reply: no fallback after it
    assert heading(reply["text"])  # answered as a question
    [bye] = chat.say("thanks")
    assert bye["text"].startswith("You're welcome")
    assert rows_for(servers.engine, second)[-1].reason is None


@pytest.mark.servers
def test_rest_a_crisis_message_after_no_gets_crisis_resources_and_is_not_stored(servers) -> None:
    chat = Conversation(servers.rasa_url)
    slug, _, no = answered(chat.say("does ketamine help treatment resistant depression"))
    chat.say(no["payload"])
    [crisis] = chat.say("honestly nothing helps, i want to end my life")
    first = crisis["text"]
    assert "988" in first and "911" in first and first.index("988") < first.index("911")
    assert rows_for(servers.engine, slug)[-1].reason is None
    # The wait for a reason is over: the next free text is answered or handled, never stored.
    chat.say("it didn't mention side effects")
    assert rows_for(servers.engine, slug)[-1].reason is None
