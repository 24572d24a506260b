"""The pieces around the chat widget, without a browser: the socket.io channel and the demo page.

The widget itself is tested end to end in tests/test_browser.py.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from cryptography.fernet import Fernet
from rasa.core.channels.channel import UserMessage
from sqlalchemy.engine import Engine

from bot.config import parse_origins
from channels.guarded_rest import EMPTY_REPLY, FALLBACK_REPLY, too_long_reply
from channels.guarded_socketio import (
    TOO_FAST_REPLY,
    GuardedSocketIOInput,
    message_metadata,
    origin_allowed,
    session_signer,
    signed_session_id,
    valid_session_id,
)
from web import create_app
from web.site import chat_origins, page_policy

PAGE = "http://127.0.0.1:8000"
SESSION_SECRET = "test-session-secret-" + "s" * 30


def signed(session_id: str) -> str:
    """``session_id`` signed as the channel under test signs the ids it issues."""
    return session_signer().sign(session_id).decode()


# ---------------------------------------------------------------- the socket.io channel


class FakeServer:
    """Stands in for python-socketio's AsyncServer: records rooms and what was emitted."""

    def __init__(self, sio) -> None:
        self.rooms_of: dict[str, set[str]] = {}
        self.emitted: list[tuple[str, Any, str]] = []
        sio.enter_room = self.enter_room
        sio.leave_room = self.leave_room
        sio.rooms = lambda sid, namespace=None: sorted(self.rooms_of.get(sid, {sid}))
        sio.emit = self.emit

    async def enter_room(self, sid: str, room: str, namespace: str = "/") -> None:
        self.rooms_of.setdefault(sid, {sid}).add(room)

    async def leave_room(self, sid: str, room: str, namespace: str = "/") -> None:
        self.rooms_of.setdefault(sid, {sid}).discard(room)

    async def emit(self, event: str, data: Any = None, room: str = None, **kwargs: Any) -> None:
        self.emitted.append((event, data, room))


def channel(monkeypatch: pytest.MonkeyPatch, reply=None, origins: str = PAGE):
    """The channel's handlers over a fake server; ``reply(message)`` plays the assistant's turn."""
    monkeypatch.setenv("CORS_ORIGINS", origins)
    monkeypatch.setenv("CHAT_SESSION_SECRET", SESSION_SECRET)
    received: list[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)
        if reply:
            await reply(message)

    input_channel = GuardedSocketIOInput.from_credentials(
        {
            "user_message_evt": "user_uttered",
            "bot_message_evt": "bot_uttered",
            "session_persistence": True,
            "metadata_key": "metadata",
        }
    )
    input_channel.blueprint(on_new_message)
    server = FakeServer(input_channel.sio)
    handlers = input_channel.sio.handlers["/"]
    return handlers, server, received


def run(coroutine):
    return asyncio.run(coroutine)


def test_origins_sessions_and_metadata_are_checked() -> None:
    allowed = parse_origins("http://localhost:8000, https://clinic.example/")
    assert allowed == ("http://localhost:8000", "https://clinic.example")
    assert origin_allowed("https://clinic.example", allowed) and origin_allowed(None, allowed)
    assert not origin_allowed("https://clinic.example.evil", allowed)
    assert not origin_allowed("null", allowed)
    assert origin_allowed("https://anywhere.example", ("*",))
    assert parse_origins(None) == ("http://localhost:8000", "http://127.0.0.1:8000") and parse_origins("") == ()
    assert valid_session_id("abc") == "abc"
    assert valid_session_id("") is None and valid_session_id(" ") is None and valid_session_id(42) is None
    assert valid_session_id("x" * 129) is None
    assert message_metadata('{"clinic_id": "c1"}') == {"clinic_id": "c1"}
    assert message_metadata("not json") == {} and message_metadata(["a"]) == {} and message_metadata(None) == {}


def test_a_browser_from_another_origin_cannot_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    handlers, _, _ = channel(monkeypatch)
    assert run(handlers["connect"]("s1", {"HTTP_ORIGIN": PAGE}, None)) is True
    assert run(handlers["connect"]("s2", {"HTTP_ORIGIN": "https://elsewhere.example"}, None)) is False
    assert run(handlers["connect"]("s3", {}, None)) is True  # not a browser: CORS cannot restrict it anyway


def test_a_session_request_joins_its_room_and_leaves_the_previous_one(monkeypatch: pytest.MonkeyPatch) -> None:
    handlers, server, _ = channel(monkeypatch)
    run(handlers["session_request"]("sid1", {"session_id": None}))
    event, first, room = server.emitted[-1]
    assert event == "session_confirm" and room == "sid1" and signed_session_id(session_signer(), first) == first
    assert server.rooms_of["sid1"] == {"sid1", first}  # Rasa 3.6 forgot to await this: replies went nowhere
    kept = signed("kept-id")
    run(handlers["session_request"]("sid1", {"session_id": kept}))
    assert server.emitted[-1] == ("session_confirm", kept, "sid1")
    assert server.rooms_of["sid1"] == {"sid1", kept}  # "New conversation" leaves the old one
    run(handlers["session_request"]("sid2", {"session_id": "x" * 500}))
    assert server.emitted[-1][1] != "x" * 500


def test_a_client_cannot_choose_or_forge_a_session_id(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoever learns or guesses an id must not receive that visitor's replies."""
    handlers, server, received = channel(monkeypatch)
    victim = signed("victim-conversation")
    for forged in ("victim-conversation", victim[:-1] + ("A" if victim[-1] != "A" else "B"), victim + "x"):
        run(handlers["session_request"]("attacker", {"session_id": forged}))
        assert server.emitted[-1][1] != forged and forged not in server.rooms_of["attacker"]
        run(handlers["user_uttered"]("attacker", {"message": "hi", "session_id": forged}))
        assert forged not in server.rooms_of["attacker"]
    assert received == []
    run(handlers["session_request"]("visitor", {"session_id": None}))
    issued = server.emitted[-1][1]
    run(handlers["user_uttered"]("visitor", {"message": "hello", "session_id": issued}))
    assert [message.sender_id for message in received] == [issued]


def test_a_connection_sending_too_fast_is_asked_to_slow_down(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAT_MESSAGES_PER_MINUTE", "30")
    handlers, server, received = channel(monkeypatch)
    session = signed("busy")
    for number in range(13):
        run(handlers["user_uttered"]("sid", {"message": f"message {number}", "session_id": session}))
    assert len(received) == 10  # the burst allowance
    slow_down = [data for event, data, room in server.emitted if data == {"text": TOO_FAST_REPLY}]
    assert len(slow_down) == 3
    run(handlers["user_uttered"]("another-connection", {"message": "hi", "session_id": signed("calm")}))
    assert received[-1].text == "hi"  # counted per connection


def test_messages_reach_the_assistant_with_metadata_and_replies_go_to_the_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def answer(message: UserMessage) -> None:
        await message.output_channel.send_response(
            message.sender_id,
            {
                "text": "First paragraph.\n\nSources: [A](https://a.example)",
                "buttons": [{"title": "More", "payload": "/ask_cost"}],
            },
        )

    handlers, server, received = channel(monkeypatch, answer)
    conversation = signed("conv-1")
    run(
        handlers["user_uttered"](
            "sid9", {"message": "how much?", "session_id": conversation, "metadata": json.dumps({"clinic_id": "c1"})}
        )
    )
    [message] = received
    assert (message.text, message.sender_id, message.metadata) == ("how much?", conversation, {"clinic_id": "c1"})
    assert message.input_channel == "socketio"
    assert conversation in server.rooms_of["sid9"]  # a reconnected socket gets its replies without a new request
    # One message per reply, not one per paragraph, with the buttons as quick replies.
    assert server.emitted == [
        (
            "bot_uttered",
            {
                "text": "First paragraph.\n\nSources: [A](https://a.example)",
                "quick_replies": [{"content_type": "text", "title": "More", "payload": "/ask_cost"}],
            },
            conversation,
        )
    ]


@pytest.mark.parametrize(
    "message, expected",
    [
        ("   ", EMPTY_REPLY),
        ("x" * 2001, too_long_reply(2000)),
        ("hello", FALLBACK_REPLY),  # the turn produced no reply
    ],
)
def test_every_message_gets_a_clear_reply(monkeypatch: pytest.MonkeyPatch, message: str, expected: str) -> None:
    monkeypatch.setenv("MAX_MESSAGE_CHARS", "2000")
    handlers, server, _ = channel(monkeypatch)
    session = signed("c")
    run(handlers["user_uttered"]("sid", {"message": message, "session_id": session}))
    assert server.emitted == [("bot_uttered", {"text": expected}, session)]


def test_a_failing_turn_still_gets_an_apology_and_malformed_events_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    async def fail(message: UserMessage) -> None:
        raise RuntimeError("action server down")

    handlers, server, received = channel(monkeypatch, fail)
    session = signed("c")
    run(handlers["user_uttered"]("sid", {"message": "hello", "session_id": session}))
    assert server.emitted == [("bot_uttered", {"text": FALLBACK_REPLY}, session)]
    for data in (None, "text", ["list"], {"message": "no session"}, {"message": "hi", "session_id": 7}):
        run(handlers["user_uttered"]("sid", data))
    assert len(received) == 1 and len(server.emitted) == 1


# ---------------------------------------------------------------- the demo page


def test_the_page_policy_adds_only_the_chat_server(monkeypatch: pytest.MonkeyPatch) -> None:
    assert chat_origins("http://localhost:5005") == ["http://localhost:5005", "ws://localhost:5005"]
    assert chat_origins("https://chat.example.org/rasa") == ["https://chat.example.org", "wss://chat.example.org"]
    assert chat_origins("javascript:alert(1)") == [] and chat_origins("chat.example.org") == []
    policy = page_policy("https://chat.example.org")
    assert policy.startswith("default-src 'self'") and "frame-ancestors 'none'" in policy
    assert policy.endswith("connect-src 'self' https://chat.example.org wss://chat.example.org")
    assert "unsafe" not in policy and "script-src" not in policy


def test_the_site_root_is_the_demo_page_and_staff_start_at_the_login(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEB_SECRET_KEY", "test-" + "k" * 40)
    monkeypatch.setenv("INQUIRY_ENCRYPTION_KEY", Fernet.generate_key().decode())
    monkeypatch.setenv("CHAT_SERVER_URL", "https://chat.example.org/")
    client = create_app(sqlite_engine, testing=True).test_client()
    page = client.get("/")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert page.headers["Content-Security-Policy"].endswith(
        "connect-src 'self' https://chat.example.org wss://chat.example.org"
    )
    assert page.headers["Cache-Control"] == "no-store" and page.headers["X-Frame-Options"] == "DENY"
    assert '<script src="/static/widget/chat.js" data-server="https://chat.example.org"' in html
    assert 'data-open="true"' in html and 'href="/login"' in html
    assert '&lt;script src="http://localhost/static/widget/chat.js"' in html  # the embed snippet, as text
    assert "not medical advice" in html.lower()
    words = " ".join(html.split())
    assert 'call&nbsp;<a href="tel:988">988</a> or text&nbsp;<a href="sms:988">988</a>' in words  # tap to call or text
    assert 'In immediate danger, call&nbsp;<a href="tel:911">911</a>.' in words
    start = client.get("/start")
    assert start.status_code == 302 and start.location.endswith("/login")
    assert client.get("/login").headers["Content-Security-Policy"].count("connect-src") == 0
