"""Rasa's socket.io channel for the website chat widget, with the fixes it needs.

Rasa 3.6's ``SocketIOInput`` works with python-socketio 5 (Engine.IO protocol 4, so
socket.io-client 4.x in the browser), but as shipped:

- with ``session_persistence: true`` it calls ``sio.enter_room()`` without ``await``; in
  python-socketio 5.18 that is a coroutine, so the socket never joins its session's room
  and every reply is sent to nobody (RasaHQ/rasa#13027). Here the room is joined, and
  joined again with every message, so a reconnected socket always gets its replies;
  a new ``session_request`` leaves the old conversation's room ("New conversation").
- it accepts socket.io connections from every origin (``cors_allowed_origins=[]`` turns
  python-socketio's origin check off, and browsers do not apply CORS to WebSockets).
  Here a browser connection whose ``Origin`` is not in ``CORS_ORIGINS`` (the same list
  ``--cors`` gets) is refused; ``*`` in the list allows every origin.
- it splits each reply at blank lines into several messages; here a reply stays one
  message (an answer, its sources and review date read as one bubble).

- it accepts any session id a client sends, so whoever learns a visitor's id joins their
  room and receives their replies. Here the server issues every session id, signed with
  ``CHAT_SESSION_SECRET`` (itsdangerous); a ``session_request`` may resume only a signed
  id, and a message is accepted only for a session this connection was given or that
  carries a valid signature.
- it has no limit per connection. Here each connection may send ``CHAT_MESSAGES_PER_MINUTE``
  messages a minute (and 10 in any 10 seconds), counted with ``limits``; beyond that the visitor
  is asked to slow down and the message is not processed.

Like the hardened REST channel, an empty or over-long message gets a clear reply
without running the model, and a turn that produced no reply gets an apology and 988.
The events are Rasa's: ``session_request``/``session_confirm``, ``user_uttered`` with
``{"message", "session_id", "metadata"}``, ``bot_uttered`` with ``{"text", "quick_replies"}``.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import rasa.core.channels.channel
from itsdangerous import BadSignature, Signer
from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.config import parse_origins
from bot.secrets import get_secret
from channels.guarded_rest import EMPTY_REPLY, FALLBACK_REPLY, MAX_SENDER_CHARS, max_message_chars, too_long_reply

log = logging.getLogger(__name__)

TOO_FAST_REPLY = "You're sending messages faster than I can answer. Please wait a few seconds and try again."
BURST = "10/10second"  # room for a visitor clicking several buttons in a row


def session_signer() -> Signer:
    """Signs and checks the session ids this server issues."""
    return Signer(get_secret("CHAT_SESSION_SECRET"), salt="chat-session-id")


def issue_session_id(signer: Signer) -> str:
    """A new session id: a random hex id and the server's signature."""
    return signer.sign(uuid.uuid4().hex).decode("ascii")


def signed_session_id(signer: Signer, value: Any) -> str | None:
    """``value`` when it is a session id this server issued, else None."""
    session_id = valid_session_id(value)
    if session_id is None:
        return None
    try:
        signer.unsign(session_id)
    except BadSignature:
        return None
    return session_id


def message_limits() -> list[RateLimitItem]:
    """Per connection: a short burst, and ``CHAT_MESSAGES_PER_MINUTE`` (default 30) a minute."""
    return parse_many(f"{BURST};{int(os.environ.get('CHAT_MESSAGES_PER_MINUTE', '30'))}/minute")


def valid_session_id(value: Any) -> str | None:
    """A session id a client may use: a non-empty string of at most MAX_SENDER_CHARS characters."""
    if isinstance(value, str) and value.strip() and len(value) <= MAX_SENDER_CHARS:
        return value
    return None


def message_metadata(value: Any) -> dict:
    """The metadata object of a message (Rasa also accepts it as a JSON string); anything else is dropped."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def origin_allowed(origin: str | None, allowed: tuple[str, ...]) -> bool:
    """Browsers send Origin; other clients may not, and CORS cannot restrict them anyway."""
    return not origin or "*" in allowed or origin.rstrip("/") in allowed


class GuardedSocketIOOutput(SocketIOOutput):
    """Sends each reply as one message and counts what it sent."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.sent = 0

    async def _send_message(self, socket_id: str, response: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, response)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"text": text.strip()})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._send_message(
            recipient_id,
            {
                "text": text.strip(),
                "quick_replies": [
                    {"content_type": "text", "title": button["title"], "payload": button["payload"]}
                    for button in buttons
                ],
            },
        )

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        self.sent += 1
        await super().send_custom_json(recipient_id, json_message, **kwargs)


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def get_output_channel(self) -> SocketIOOutput | None:
        if self.sio is None:
            return super().get_output_channel()
        return GuardedSocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        allowed_origins = parse_origins(os.environ.get("CORS_ORIGINS"))
        # [] leaves CORS headers of the long-polling transport to Rasa's --cors (sanic-cors);
        # the origin itself is checked on connect below, for WebSockets too.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        socketio_webhook = SocketBlueprint(sio, self.socketio_path, "guarded_socketio_webhook", __name__)
        self.sio = sio
        namespace = self.namespace or "/"
        signer = session_signer()
        # The limiter holds its storage weakly: keep a strong reference for the channel's lifetime.
        self.rate_storage = MemoryStorage()
        limiter, limits = MovingWindowRateLimiter(self.rate_storage), message_limits()

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict, auth: dict | None = None) -> bool:
            origin = environ.get("HTTP_ORIGIN")
            if not origin_allowed(origin, allowed_origins):
                log.warning("socket.io connection from origin %r refused (not in CORS_ORIGINS)", str(origin)[:200])
                return False
            if self.jwt_key:
                token = auth.get("token") if isinstance(auth, dict) else None
                payload = (
                    rasa.core.channels.channel.decode_bearer_token(token, self.jwt_key, self.jwt_algorithm)
                    if token
                    else None
                )
                return bool(payload)
            return True

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: dict | None) -> None:
            requested = signed_session_id(signer, data.get("session_id")) if isinstance(data, dict) else None
            session_id = requested or issue_session_id(signer)
            if self.session_persistence:
                for room in sio.rooms(sid, namespace=namespace):
                    if room not in (sid, session_id):
                        await sio.leave_room(sid, room, namespace=namespace)
                await sio.enter_room(sid, session_id, namespace=namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            if not isinstance(data, dict):
                return
            if self.session_persistence:
                sender_id = valid_session_id(data.get("session_id"))
                given = sender_id is not None and sender_id in sio.rooms(sid, namespace=namespace)
                if sender_id is None or (not given and signed_session_id(signer, sender_id) is None):
                    log.warning("socket.io message for a session id this server did not issue ignored")
                    return
                await sio.enter_room(sid, sender_id, namespace=namespace)
            else:
                sender_id = sid
            output = GuardedSocketIOOutput(sio, self.bot_message_evt)
            if not all([limiter.hit(limit, "socketio", sid) for limit in limits]):
                await output.send_text_message(sender_id, TOO_FAST_REPLY)
                return
            text = data.get("message")
            text = text if isinstance(text, str) else ""
            if not text.strip():
                await output.send_text_message(sender_id, EMPTY_REPLY)
                return
            limit = max_message_chars()
            if len(text) > limit:
                await output.send_text_message(sender_id, too_long_reply(limit))
                return
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        output,
                        sender_id,
                        input_channel=self.name(),
                        metadata=message_metadata(data.get(self.metadata_key)),
                    )
                )
            except Exception:  # the visitor must get a reply whatever failed
                log.exception("socket.io message from %s could not be processed", sender_id[:16])
            if not output.sent:
                await output.send_text_message(sender_id, FALLBACK_REPLY)

        return socketio_webhook
