"""The custom actions with trackers built in the test and a real SQLite database."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.faq import ActionAnswerAfterCrisis, ActionAnswerFaq, knowledge_service
from bot.db import make_engine, session_scope
from bot.kb.gaps import add_gap
from bot.kb.loader import load_knowledge_base
from bot.migrate import upgrade
from bot.models import KnownGap, UnansweredQuestion
from bot.safety import CHECK_IN
from tests.kb_samples import small_kb


def tracker_for(text: str, intent: str, confidence: float = 0.95, entities: list | None = None) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": entities or []}
    return Tracker("visitor", {}, message, [], False, None, {}, "action_listen")


def run_action(tracker: Tracker) -> tuple[CollectingDispatcher, list]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionAnswerFaq().run(dispatcher, tracker, {}))
    return dispatcher, events


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'actions.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as session:
        load_knowledge_base(session, small_kb(tmp_path / "kb"))
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", url)
    knowledge_service.cache_clear()
    yield url
    knowledge_service.cache_clear()


def test_answers_with_sources_related_question_buttons_and_helpful_yes_no(database: str) -> None:
    dispatcher, events = run_action(tracker_for("can you get hooked on ketamine?", "ask_question"))
    [message] = dispatcher.messages
    assert message["text"].startswith("**Is ketamine addictive?**\n\nMisuse.")
    assert SlotSet("faq_last_entry", "risks-addiction") in events
    assert "Sources: [SPRAVATO prescribing information]" in message["text"]
    related, yes, no = message["buttons"]
    assert related["title"] == "What are the side effects of ketamine?"
    intent, entities = related["payload"].split("{", 1)
    assert intent == "/ask_question" and json.loads("{" + entities) == {"faq_entry": "risks-overview"}
    assert (yes["title"], no["title"]) == ("Yes, helpful", "No, not helpful")
    for button, helpful in ((yes, True), (no, False)):
        intent, entities = button["payload"].split("{", 1)
        assert intent == "/answer_feedback"
        assert json.loads("{" + entities) == {"faq_entry": "risks-addiction", "helpful": helpful}


def test_an_answer_counts_one_showing_of_its_entry(database: str) -> None:
    from bot.models import ChatEvent

    run_action(tracker_for("can you get hooked on ketamine?", "ask_question"))  # waits for the background write
    run_action(tracker_for("flibber jabber wocky", "nlu_fallback", 0.3))  # no answer: nothing shown
    with session_scope(make_engine(database)) as session:
        shown = [(event.kind, event.topic, event.entry_slug) for event in session.execute(select(ChatEvent)).scalars()]
    assert shown == [("question", "risks", "risks-addiction")]


def test_a_related_question_button_shows_that_entry(database: str) -> None:
    tracker = tracker_for(
        '/ask_question{"faq_entry":"cost-insurance"}',
        "ask_question",
        1.0,
        [{"entity": "faq_entry", "value": "cost-insurance"}],
    )
    [message] = run_action(tracker)[0].messages
    assert message["text"].startswith("**Does insurance cover ketamine?**\n\nCoverage differs.")


def test_a_topic_button_shows_the_topic_overview(database: str) -> None:
    tracker = tracker_for(
        '/ask_question{"faq_topic":"cost"}', "ask_question", 1.0, [{"entity": "faq_topic", "value": "cost"}]
    )
    [message] = run_action(tracker)[0].messages
    assert "\n\nCosts vary." in message["text"]


def test_no_fitting_entry_says_so_and_logs_the_question(database: str) -> None:
    [message] = run_action(tracker_for("flibber jabber wocky", "nlu_fallback", 0.3))[0].messages
    assert message["response"] == "utter_no_reviewed_answer"
    engine = make_engine(database)
    with session_scope(engine) as session:
        logged = session.execute(select(UnansweredQuestion)).scalar_one()
        assert logged.text == "flibber jabber wocky" and logged.intent == "nlu_fallback"
    engine.dispose()


def test_a_message_with_some_crisis_weight_gets_the_line_about_988_before_its_answer(database: str) -> None:
    tracker = tracker_for("can you get hooked on ketamine?", "ask_question")
    tracker.latest_message[CHECK_IN] = True
    check_in, answer = run_action(tracker)[0].messages
    assert check_in["response"] == "utter_crisis_check_in"
    assert answer["text"].startswith("**Is ketamine addictive?**")
    # Without the mark, the answer alone.
    [alone] = run_action(tracker_for("can you get hooked on ketamine?", "ask_question"))[0].messages
    assert alone["text"].startswith("**Is ketamine addictive?**")


def test_the_line_about_988_comes_even_with_the_database_down(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:9/nothing")
    knowledge_service.cache_clear()
    tracker = tracker_for("how much is it", "ask_question")
    tracker.latest_message[CHECK_IN] = True
    try:
        check_in, apology = run_action(tracker)[0].messages
    finally:
        knowledge_service.cache_clear()
    assert (check_in["response"], apology["response"]) == ("utter_crisis_check_in", "utter_knowledge_unavailable")


def test_database_down_gets_a_clear_apology(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:9/nothing")
    knowledge_service.cache_clear()
    try:
        [message] = run_action(tracker_for("how much is it", "ask_question"))[0].messages
    finally:
        knowledge_service.cache_clear()
    assert message["response"] == "utter_knowledge_unavailable"


@pytest.mark.parametrize("carry_over", [True, False])
def test_session_start_counts_the_conversation_and_follows_the_carry_over_setting(
    database: str, carry_over: bool
) -> None:
    from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet

    from actions.session import ActionSessionStart
    from bot.models import ChatEvent

    tracker = Tracker(
        "visitor",
        {"location": "30301", "requested_slot": "location", "clinic_ref": None},
        {},
        [],
        False,
        None,
        {},
        "action_listen",
    )
    domain = {"session_config": {"carry_over_slots_to_new_session": carry_over}}
    events = asyncio.run(ActionSessionStart().run(CollectingDispatcher(), tracker, domain))

    carried = [SlotSet("location", "30301")] if carry_over else []
    assert events == [SessionStarted(), *carried, ActionExecuted("action_listen")]
    with session_scope(make_engine(database)) as session:
        assert [event.kind for event in session.execute(select(ChatEvent)).scalars()] == ["conversation"]


def test_only_slots_that_change_are_sent_back(database: str) -> None:
    """Rasa validates and stores every event: an answer sends the context slots it changes, no more."""
    first = tracker_for("can you get hooked on ketamine?", "ask_question")
    _, events = run_action(first)
    assert events == [SlotSet("faq_last_entry", "risks-addiction")]  # condition, route, pending stay empty
    again = tracker_for("can you get hooked on ketamine?", "ask_question")
    again.slots = {"faq_last_entry": "risks-addiction", "faq_condition": None, "faq_route": None}
    _, events = run_action(again)
    assert events == []  # the same entry again: nothing changed


def test_a_question_staff_marked_as_not_covered_is_answered_plainly_and_not_logged_again(database: str) -> None:
    engine = make_engine(database)
    with session_scope(engine) as session:
        add_gap(session, "can my dog have ketamine for his anxiety", "editor@example.org")
    [message] = run_action(tracker_for("is ketamine ok for my dogs anxiety", "ask_question", 0.6))[0].messages
    assert message["response"] == "utter_not_covered"  # says nothing about passing the question on
    with session_scope(engine) as session:
        assert session.execute(select(UnansweredQuestion)).first() is None  # staff already handled it
        # Only counted, so that staff see how often it is asked.
        assert session.execute(select(KnownGap.times_asked)).scalar_one() == 1
    engine.dispose()


def run_after_crisis(text: str) -> tuple[CollectingDispatcher, list]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionAnswerAfterCrisis().run(dispatcher, tracker_for(text, "crisis", 0.9), {}))
    return dispatcher, events


def test_after_the_crisis_resources_a_question_without_crisis_language_gets_its_answer(database: str) -> None:
    dispatcher, events = run_after_crisis("can you get hooked on ketamine?")
    [message] = dispatcher.messages
    assert message["text"].startswith("**Is ketamine addictive?**")
    assert SlotSet("faq_last_entry", "risks-addiction") in events


@pytest.mark.parametrize(
    "text",
    [
        "i want to kill myself, can you get hooked on ketamine?",  # crisis language: the resources alone
        "i want to die. how much is a ketamine infusion",  # never a price after such words
        "what colour is the sky on mars",  # no entry answers it: no "not sure" or choices after the resources
        "/crisis",  # a payload, not the visitor's words
    ],
)
def test_after_the_crisis_resources_nothing_else_is_said(database: str, text: str) -> None:
    dispatcher, events = run_after_crisis(text)
    assert dispatcher.messages == [] and events == []
    engine = make_engine(database)
    with session_scope(engine) as session:
        assert session.execute(select(UnansweredQuestion)).first() is None  # nor logged for staff
    engine.dispose()


def test_something_else_refuses_the_offered_entries_for_follow_ups_too(database: str) -> None:
    """After "did you mean", a follow-up leans on the first entry offered; "Something else" says it
    is not the visitor's, so the next short question no longer leans on it."""
    offered = {
        "faq_pending_question": "how much for one",
        "faq_last_entry": "cost-overview",
        "faq_offered": ["cost-overview", "cost-spravato"],
    }
    tracker = Tracker(
        "visitor",
        offered,
        {"text": "/something_else", "intent": {"name": "something_else"}},
        [],
        False,
        None,
        {},
        "action_listen",
    )
    dispatcher, events = run_action(tracker)
    assert dispatcher.messages[0]["response"] == "utter_something_else"
    assert SlotSet("faq_last_entry", None) in events and SlotSet("faq_pending_question", None) in events
    assert SlotSet("faq_offered", None) in events  # nor can a reply pick one of them by name


def test_words_read_as_something_else_with_nothing_offered_are_a_question(database: str) -> None:
    """The classifier may put a question in "something else" ("is it a one and done thing or not");
    with no entries offered there is nothing to refuse, so it is answered."""
    [message] = run_action(tracker_for("can you get hooked on ketamine?", "something_else", 0.9))[0].messages
    assert message["text"].startswith("**Is ketamine addictive?**")
    [message] = run_action(tracker_for("none of these", "something_else", 0.9))[0].messages
    assert message["response"] == "utter_ask_another_way"
    engine = make_engine(database)
    with session_scope(engine) as session:
        assert session.execute(select(UnansweredQuestion)).first() is None  # nothing to pass on
    engine.dispose()
