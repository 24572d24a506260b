"""The contact form's details never stay in Rasa's tracker store.

Against Rasa's real SQL tracker store (``channels.tracker_store.PrivateSQLTrackerStore``, a
subclass of ``rasa.core.tracker_store.SQLTrackerStore``) on SQLite and PostgreSQL: first the
store alone, then a real Rasa server configured with it, driven through the REST channel,
with the ``events`` table read back by raw SQL. Everything a visitor typed into the form
(and everything the bot said that quoted it) must be absent from every column of every row,
while the form is open (sealed: encrypted) and after it (redacted), and after the purge.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, MultiFernet
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, select, text

from bot.config import PROJECT_ROOT
from bot.db import session_scope
from bot.kb.embedding import MESSAGE_VECTOR
from bot.models import Inquiry
from bot.tracker_privacy import REDACTED, SEAL, placeholder, scrubbed, sensitive_events
from channels.tracker_store import PrivateSQLTrackerStore
from tests.chat import Conversation, cards, texts
from tests.conftest import POSTGRES_URL
from tests.tracker_domain import CONTACT_SLOTS, DOMAIN
from tooling.stack import Stack, free_port


def raw_rows(engine, sender: str | None = None) -> list[str]:
    """Every column of every ``events`` row (of one conversation), as text."""
    query = "SELECT id, sender_id, type_name, timestamp, intent_name, action_name, data FROM events"
    with engine.connect() as connection:
        rows = connection.execute(
            text(query + (" WHERE sender_id = :s" if sender else "") + " ORDER BY id"), {"s": sender} if sender else {}
        ).all()
    return [" ".join(str(value) for value in row) for row in rows]


def found(rows: list[str], secrets: list[str]) -> list[str]:
    return [secret for secret in secrets if any(secret.lower() in row.lower() for row in rows)]


# --- what is written ---------------------------------------------------------------------


def test_only_the_form_and_its_outcome_are_sensitive() -> None:
    events = [
        e.as_dict()
        for e in [
            UserUttered("contact the first clinic"),
            ActionExecuted("contact_form"),
            ActiveLoop("contact_form"),
            BotUttered("What first name should they use?"),
            UserUttered("Quinlan"),
            SlotSet("contact_first_name", "Quinlan"),
            SlotSet("contact_consent", True),
            ActiveLoop(None),
            ActionExecuted("action_submit_inquiry"),
            BotUttered("Thanks, Quinlan."),
            ActionExecuted("action_listen"),
            UserUttered("what does it cost"),
            BotUttered("About $500"),
            SlotSet("contact_first_name", None),
        ]
    ]
    flags, loop = sensitive_events(events)
    assert flags == [False, False, False, True, True, True, False, False, False, True, False, False, False, False]
    assert loop is None


def test_a_placeholder_keeps_the_shape_and_nothing_personal() -> None:
    event = UserUttered(
        "Quinlan",
        intent={"name": "inform", "confidence": 0.7},
        entities=[{"entity": "city", "value": "Quinlan", "start": 0, "end": 7}],
        parse_data={
            "text": "Quinlan",
            "intent": {"name": "inform", "confidence": 0.7},
            "entities": [{"entity": "city", "value": "Quinlan", "start": 0, "end": 7}],
            "text_tokens": [[0, 7]],
        },
    ).as_dict()
    kept = placeholder(event)
    assert "Quinlan" not in str(kept)
    assert kept["text"] == REDACTED and kept["parse_data"]["intent"]["name"] == "inform"
    assert kept["parse_data"]["entities"] == [{"entity": "city", "start": 0, "end": 7, "value": REDACTED}]
    assert placeholder(SlotSet("contact_note", "my note").as_dict())["value"] is None
    assert placeholder(BotUttered("Thanks, Quinlan").as_dict())["text"] == REDACTED


def test_contact_details_typed_outside_the_form_are_scrubbed() -> None:
    event = scrubbed(
        UserUttered(
            "please email me at jo.doe@example.net or 312 867 5309", intent={"name": "contact_clinic"}
        ).as_dict()
    )
    assert "jo.doe@example.net" not in str(event) and "867 5309" not in str(event)
    assert "[e-mail removed]" in event["text"] and event["parse_data"]["intent"]["name"] == "contact_clinic"


def test_no_stored_message_keeps_its_sentence_vector() -> None:
    parse_data = {"intent": {"name": "ask_question"}, "entities": [], MESSAGE_VECTOR: {"model": "m", "float32": "AAAA"}}
    for words in ("how much does it cost", "text me at 312 867 5309 about the cost"):
        event = UserUttered(words, parse_data={**parse_data, "text": words}).as_dict()
        assert MESSAGE_VECTOR in event["parse_data"]
        stored = scrubbed(event)
        assert MESSAGE_VECTOR not in stored["parse_data"] and stored["parse_data"]["intent"]["name"] == "ask_question"
        assert MESSAGE_VECTOR not in placeholder(event)["parse_data"]


# --- the store, on SQLite and PostgreSQL -----------------------------------------------------


@pytest.fixture
def store(engine):
    store = PrivateSQLTrackerStore(domain=DOMAIN, host=engine.url.render_as_string(hide_password=False))
    yield store
    store.engine.dispose()


def half_filled_form(sender: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        sender,
        [
            SessionStarted(),
            ActionExecuted("action_listen"),
            UserUttered("please have the clinic call me", intent={"name": "contact_clinic"}),
            ActionExecuted("contact_form"),
            ActiveLoop("contact_form"),
            BotUttered("What first name should they use?"),
            ActionExecuted("action_listen"),
            UserUttered(
                "Quinlan",
                intent={"name": "inform"},
                entities=[{"entity": "city", "value": "Quinlan", "start": 0, "end": 7}],
            ),
            SlotSet("contact_first_name", "Quinlan"),
            ActionExecuted("contact_form"),
            BotUttered("How should they reach you?"),
            ActionExecuted("action_listen"),
            UserUttered("quinlan.zed@example.org", intent={"name": "inform"}),
            SlotSet("contact_detail", "quinlan.zed@example.org"),
            SlotSet("contact_kind", "email"),
            ActionExecuted("contact_form"),
            BotUttered("When is a good time?"),
            ActionExecuted("action_listen"),
        ],
        DOMAIN.slots,
    )


SECRETS = ["Quinlan", "quinlan.zed@example.org"]


def test_the_open_form_is_sealed_and_read_back_whole(store) -> None:
    tracker = half_filled_form("form-open")
    asyncio.run(store.save(tracker))
    rows = raw_rows(store.engine, "form-open")
    assert len(rows) == len(tracker.events)
    assert found(rows, SECRETS) == []
    assert sum(f'"{SEAL}": ' in row for row in rows) == 7  # 2 answers, their 2 slots, the form's 3 questions
    again = asyncio.run(store.retrieve("form-open"))
    assert again.get_slot("contact_first_name") == "Quinlan"
    assert again.get_slot("contact_detail") == "quinlan.zed@example.org"
    assert again.latest_message.text == "quinlan.zed@example.org"
    assert [e.as_dict() for e in again.events] == [e.as_dict() for e in tracker.events]


def test_closing_the_form_removes_the_details_for_good(store) -> None:
    tracker = half_filled_form("form-closed")
    asyncio.run(store.save(tracker))
    tracker = asyncio.run(store.retrieve("form-closed"))
    for event in [
        UserUttered("tuesdays after 4pm", intent={"name": "inform"}),
        SlotSet("contact_time", "tuesdays after 4pm"),
        ActiveLoop(None),
        ActionExecuted("action_submit_inquiry"),
        BotUttered("Thanks, Quinlan."),
        *[SlotSet(name, None) for name in CONTACT_SLOTS],
        ActionExecuted("action_listen"),
    ]:
        tracker.update(event)
    asyncio.run(store.save(tracker))
    rows = raw_rows(store.engine, "form-closed")
    assert len(rows) == len(tracker.events)  # rewritten in place: Rasa's count of stored rows still holds
    assert found(rows, SECRETS + ["tuesdays after 4pm"]) == []
    assert not any(f'"{SEAL}": ' in row for row in rows)
    after = asyncio.run(store.retrieve("form-closed"))
    assert after.get_slot("contact_first_name") is None and after.latest_message.text == REDACTED
    assert len(after.events) == len(tracker.events)
    after.update(UserUttered("what does it cost", intent={"name": "ask_question"}))
    asyncio.run(store.save(after))
    assert len(raw_rows(store.engine, "form-closed")) == len(after.events)  # nothing stored twice


def test_a_new_session_in_the_middle_of_the_form_ends_it(store) -> None:
    """After an hour of silence Rasa starts a new session (no active loop) and carries slots over."""
    asyncio.run(store.save(half_filled_form("form-expired")))
    tracker = asyncio.run(store.retrieve("form-expired"))
    for event in [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        SlotSet("contact_first_name", "Quinlan"),
        SlotSet("contact_detail", "quinlan.zed@example.org"),
        ActionExecuted("action_listen"),
        UserUttered("hello again", intent={"name": "greet"}),
    ]:
        tracker.update(event)
    asyncio.run(store.save(tracker))
    rows = raw_rows(store.engine, "form-expired")
    assert found(rows, SECRETS) == [] and not any(f'"{SEAL}": ' in row for row in rows)
    assert asyncio.run(store.retrieve("form-expired")).get_slot("contact_detail") is None


def test_a_seal_the_key_cannot_open_reads_as_its_placeholder(store) -> None:
    asyncio.run(store.save(half_filled_form("form-rotated")))
    store._cipher = MultiFernet([Fernet(Fernet.generate_key())])  # the key was rotated away
    tracker = asyncio.run(store.retrieve("form-rotated"))
    assert tracker.get_slot("contact_detail") is None and tracker.latest_message.text == REDACTED


@pytest.mark.slow
def test_the_production_endpoints_load_this_store(tracker_database: str, monkeypatch) -> None:
    """Rasa quietly falls back to the in-memory store when a custom type cannot be imported."""
    from rasa.core.tracker_store import TrackerStore
    from rasa.utils.endpoints import read_endpoint_config

    for name, value in {
        "TRACKER_DB_HOST": "127.0.0.1",
        "TRACKER_DB_PORT": "5432",
        "TRACKER_DB_NAME": tracker_database,
        "TRACKER_DB_USER": "postgres",
        "TRACKER_DB_PASSWORD": "",
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "6379",
        "REDIS_DB": "3",
        "ACTION_ENDPOINT_URL": "http://127.0.0.1:1/webhook",
    }.items():
        monkeypatch.setenv(name, value)
    config = read_endpoint_config(str(PROJECT_ROOT / "deploy" / "endpoints.production.yml"), "tracker_store")
    store = TrackerStore.create(config, DOMAIN)
    try:
        assert isinstance(store, PrivateSQLTrackerStore), type(store)
    finally:
        getattr(store, "engine", None) and store.engine.dispose()


# --- a real Rasa server with this store -------------------------------------------------------


def _tracker_url(kind: str, folder: Path, request: pytest.FixtureRequest) -> tuple[str, str]:
    """(endpoints' tracker_store lines, SQLAlchemy URL of the same database)."""
    if kind == "sqlite":
        path = folder / "tracker.db"
        return f"  dialect: sqlite\n  db: {path}\n", f"sqlite:///{path}"
    name = request.getfixturevalue("tracker_database")
    base = POSTGRES_URL.rsplit("/", 1)[0]
    return f"  dialect: postgresql\n  url: {base}/{name}\n", f"{base}/{name}"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def private_rasa(request, trained_model, servers, tmp_path_factory):
    """Action server and Rasa server with PrivateSQLTrackerStore on SQLite or PostgreSQL, the
    application database of the ``servers`` fixture (clinics, inquiries)."""
    folder = tmp_path_factory.mktemp(f"private-{request.param}")
    lines, url = _tracker_url(request.param, folder, request)
    endpoints = folder / "endpoints.yml"
    endpoints.write_text(
        "action_endpoint:\n  url: ${ACTION_ENDPOINT_URL}\ntracker_store:\n"
        "  type: channels.tracker_store.PrivateSQLTrackerStore\n" + lines
    )
    stack = Stack(
        model=trained_model,
        rasa_port=free_port(),
        action_port=free_port(),
        env=servers.env,
        endpoints=str(endpoints),
        log_dir=folder / "logs",
    )
    stack.start()
    tracker = create_engine(url, future=True)
    try:
        stack.tracker_engine, stack.tracker_url = tracker, url
        yield stack
    finally:
        stack.stop()
        tracker.dispose()


EMAIL, PHONE = "quinlan.zed@example.org", "(312) 867-5309"
FORM_SECRETS = [
    "Quinlan",
    EMAIL,
    "quinlan.zed",
    "tuesdays after 4pm",
    "xylophone lessons",
    "Marisol",
    "867-5309",
    "8675309",
    "867 5309",
    "Thaddeus",
]


def completed_form(rasa_url: str) -> tuple[Conversation, str, str]:
    """A contact form filled in and sent; (conversation, summary, reference)."""
    chat = Conversation(rasa_url)
    assert len(cards(chat.say("Any ketamine clinics near 30301?"))) >= 2
    assert "first name" in texts(chat.say("I'd like the second one to call me"))
    chat.say("Quinlan")
    assert "complete e-mail address" in texts(chat.say("quinlan.zed@example"))
    assert "good time" in texts(chat.say(EMAIL))
    chat.say("tuesdays after 4pm")
    assert "Do you agree" in texts(chat.say("ask about my xylophone lessons"))
    summary = texts(chat.say("/affirm"))
    done = texts(chat.say("/affirm"))
    return chat, summary, done.split("reference is **")[1].split("**")[0]


@pytest.mark.servers
def test_a_completed_contact_form_leaves_no_details_in_the_tracker(private_rasa, servers) -> None:
    chat, summary, reference = completed_form(private_rasa.rasa_url)
    assert "q•••@example.org" in summary and EMAIL not in summary
    rows = raw_rows(private_rasa.tracker_engine, chat.sender)
    assert sum("action_submit_inquiry" in row for row in rows) == 1  # Rasa really wrote to this store
    assert sum(" user " in row for row in rows) >= 9
    assert found(rows, FORM_SECRETS) == []
    assert not any(f'"{SEAL}": ' in row for row in rows)
    assert not any(MESSAGE_VECTOR in row for row in rows)  # the parse's sentence vectors stay in memory
    with session_scope(servers.engine) as session:  # the record is the inquiry, encrypted at rest
        inquiry = session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one()
        assert (inquiry.first_name, inquiry.contact, inquiry.note) == (
            "Quinlan",
            EMAIL,
            "ask about my xylophone lessons",
        )
    assert "Sources:" in texts(chat.say("how much does a ketamine infusion cost"))  # the conversation goes on


@pytest.mark.servers
def test_an_open_form_is_only_ever_stored_sealed(private_rasa) -> None:
    chat = Conversation(private_rasa.rasa_url)
    cards(chat.say("Any ketamine clinics near 30301?"))
    chat.say("have the first one contact me")
    chat.say("Marisol")
    assert "good time" in texts(chat.say("312-867-5309"))
    rows = raw_rows(private_rasa.tracker_engine, chat.sender)
    assert found(rows, FORM_SECRETS) == []
    assert sum(f'"{SEAL}": ' in row for row in rows) >= 4  # encrypted while the form needs them
    assert "Nothing was saved" in texts(chat.say("never mind"))
    rows = raw_rows(private_rasa.tracker_engine, chat.sender)
    assert found(rows, FORM_SECRETS) == [] and not any(f'"{SEAL}": ' in row for row in rows)


@pytest.mark.servers
def test_a_crisis_in_the_form_leaves_no_details(private_rasa) -> None:
    chat = Conversation(private_rasa.rasa_url)
    cards(chat.say("Any ketamine clinics near 30301?"))
    chat.say("contact the first clinic")
    chat.say("Thaddeus")
    assert "988" in texts(chat.say("honestly i want to kill myself"))
    rows = raw_rows(private_rasa.tracker_engine, chat.sender)
    assert found(rows, FORM_SECRETS) == [] and not any(f'"{SEAL}": ' in row for row in rows)


@pytest.mark.servers
def test_the_purge_deletes_old_conversations_from_the_tracker(private_rasa, servers) -> None:
    old, _, _ = completed_form(private_rasa.rasa_url)
    recent = Conversation(private_rasa.rasa_url)
    assert "Sources:" in texts(recent.say("how much does a ketamine infusion cost"))
    with private_rasa.tracker_engine.begin() as connection:  # the first conversation happened 40 days ago
        connection.execute(
            text("UPDATE events SET timestamp = timestamp - 40 * 86400 WHERE sender_id = :s"), {"s": old.sender}
        )
    environment = {
        **os.environ,
        **servers.env,
        "TRACKER_DATABASE_URL": private_rasa.tracker_url,
        "CONVERSATION_RETENTION_DAYS": "30",
    }
    result = subprocess.run(
        [sys.executable, "-m", "cli", "purge"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "(1 whole conversations)" in result.stdout
    assert raw_rows(private_rasa.tracker_engine, old.sender) == []
    assert len(raw_rows(private_rasa.tracker_engine, recent.sender)) > 5
    assert found(raw_rows(private_rasa.tracker_engine), FORM_SECRETS) == []
    assert "Sources:" in texts(old.say("how much does a ketamine infusion cost"))  # a returning visitor starts afresh
    assert len(raw_rows(private_rasa.tracker_engine, old.sender)) > 0
