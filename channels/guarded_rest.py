"""Rasa's REST channel, hardened: every request gets a clear reply, never a traceback or silence.

- A body that is not a JSON object with a text ``message`` gets HTTP 400 and a short reason.
- An empty message, or one over ``MAX_MESSAGE_CHARS``, gets a friendly explanation without
  running the model (a 100,000-character message would otherwise tie up the NLU).
- When the turn produced no reply at all (the action server or database is down, an
  action failed), the visitor still gets an apology and the 988 line.
The URL stays ``/webhooks/rest/webhook``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

log = logging.getLogger(__name__)

EMPTY_REPLY = "Please type a question about ketamine therapy, or ask me to find a clinic near you."
FALLBACK_REPLY = (
    "Sorry, I couldn't answer that just now. Please try again in a moment. If you need to talk "
    "to someone now, call or text 988 (free, 24/7)."
)
MAX_SENDER_CHARS = 128


def max_message_chars() -> int:
    return int(os.environ.get("MAX_MESSAGE_CHARS", "2000"))


def too_long_reply(limit: int) -> str:
    return (
        f"That message is too long for me ({limit:,} characters at most). Could you ask your question "
        "in a few sentences?"
    )


def _problem(body: Any) -> str | None:
    """Why a request body cannot be a chat message, or None when it can."""
    if not isinstance(body, dict):
        return 'expected a JSON object like {"sender": "...", "message": "..."}'
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        return f'"sender" must be a non-empty string of at most {MAX_SENDER_CHARS} characters'
    if message is not None and not isinstance(message, str):
        return '"message" must be a string'
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return '"metadata" must be an object'
    return None


def attach_custom_payloads(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every reply a REST client gets has text or buttons: a custom payload that follows a
    message (a widget hint such as the message box's placeholder) travels as that message's
    ``custom`` instead of as a reply of its own."""
    replies: list[dict[str, Any]] = []
    for message in messages:
        bare = not (message.get("text") or message.get("buttons") or message.get("image") or message.get("attachment"))
        if bare and "custom" in message and replies and "custom" not in replies[-1]:
            replies[-1] = {**replies[-1], "custom": message["custom"]}
        else:
            replies.append(message)
    return replies


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("guarded_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.json
            except Exception:  # Sanic raises its own error types for bad JSON
                body = None
            problem = _problem(body)
            if problem:
                return response.json({"error": problem}, status=400)
            sender, text = body["sender"], (body.get("message") or "")
            if not text.strip():
                return response.json([{"recipient_id": sender, "text": EMPTY_REPLY}])
            limit = max_message_chars()
            if len(text) > limit:
                return response.json([{"recipient_id": sender, "text": too_long_reply(limit)}])
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(text, collector, sender, input_channel=self.name(), metadata=body.get("metadata"))
                )
            except Exception:  # the visitor must get a reply whatever failed
                log.exception("message from %s could not be processed", sender[:16])
            messages = attach_custom_payloads(collector.messages) or [{"recipient_id": sender, "text": FALLBACK_REPLY}]
            return response.json(messages)

        return webhook
