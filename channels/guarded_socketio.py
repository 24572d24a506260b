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
from typing import Any, Awaitable, Callable, Optional

import rasa.core.channels.channel
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot.config import parse_origins
from channels.guarded_rest import EMPTY_REPLY, FALLBACK_REPLY, MAX_SENDER_CHARS, max_message_chars, too_long_reply

log = logging.getLogger(__name__)


def valid_session_id(value: Any) -> Optional[str]:
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


def origin_allowed(origin: Optional[str], allowed: tuple[str, ...]) -> bool:
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

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        await self._send_message(recipient_id, {
            "text": text.strip(),
            "quick_replies": [{"content_type": "text", "title": button["title"], "payload": button["payload"]}
                              for button in buttons],
        })

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        self.sent += 1
        await super().send_custom_json(recipient_id, json_message, **kwargs)


class GuardedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def get_output_channel(self) -> Optional[SocketIOOutput]:
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

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict, auth: Optional[dict] = None) -> bool:
            origin = environ.get("HTTP_ORIGIN")
            if not origin_allowed(origin, allowed_origins):
                log.warning("socket.io connection from origin %r refused (not in CORS_ORIGINS)", origin[:200])
                return False
            if self.jwt_key:
                token = auth.get("token") if isinstance(auth, dict) else None
                payload = rasa.core.channels.channel.decode_bearer_token(
                    token, self.jwt_key, self.jwt_algorithm) if token else None
                return bool(payload)
            return True

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Optional[dict]) -> None:
            requested = valid_session_id(data.get("session_id")) if isinstance(data, dict) else None
            session_id = requested or uuid.uuid4().hex
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
                if sender_id is None:
                    log.warning("socket.io message without a valid session_id ignored (send session_request first)")
                    return
                await sio.enter_room(sid, sender_id, namespace=namespace)
            else:
                sender_id = sid
            output = GuardedSocketIOOutput(sio, self.bot_message_evt)
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
                await on_new_message(UserMessage(text, output, sender_id, input_channel=self.name(),
                                                 metadata=message_metadata(data.get(self.metadata_key))))
            except Exception:  # noqa: BLE001 - the visitor must get a reply whatever failed
                log.exception("socket.io message from %s could not be processed", sender_id[:16])
            if not output.sent:
                await output.send_text_message(sender_id, FALLBACK_REPLY)

        return socketio_webhook
