"""The hardened REST channel: odd or hostile requests get a clear answer, never a 5xx or silence."""
from __future__ import annotations

import pytest
import requests

from bot.stack import Stack, free_port
from channels.guarded_rest import EMPTY_REPLY
from tests.chat import Conversation

pytestmark = pytest.mark.servers


def post(servers, **kwargs) -> requests.Response:
    return requests.post(servers.rasa_url + "/webhooks/rest/webhook", timeout=60, **kwargs)


@pytest.mark.parametrize("message", ["", "   ", "\n\t"])
def test_empty_messages_get_a_prompt(servers, message: str) -> None:
    reply = post(servers, json={"sender": "odd-1", "message": message})
    assert reply.status_code == 200 and reply.json()[0]["text"] == EMPTY_REPLY


def test_an_over_long_message_gets_a_clear_limit(servers) -> None:
    reply = post(servers, json={"sender": "odd-2", "message": "ketamine " * 12_000})
    assert reply.status_code == 200
    assert "too long" in reply.json()[0]["text"] and "2,000 characters" in reply.json()[0]["text"]


@pytest.mark.parametrize("kwargs", [
    {"data": "{not json", "headers": {"Content-Type": "application/json"}},
    {"data": "message=hi", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
    {"json": ["a", "list"]},
    {"json": {"message": "no sender"}},
    {"json": {"sender": "x", "message": {"nested": True}}},
    {"json": {"sender": "x", "message": "hi", "metadata": "not an object"}},
    {"json": {"sender": "s" * 500, "message": "hi"}},
])
def test_malformed_requests_are_refused_with_a_reason(servers, kwargs: dict) -> None:
    reply = post(servers, **kwargs)
    assert reply.status_code == 400 and "error" in reply.json()


def test_the_rasa_http_api_is_closed(servers) -> None:
    for path in ("/status", "/model/parse", "/conversations/x/tracker", "/version"):
        response = requests.get(servers.rasa_url + path, timeout=10)
        assert response.status_code in (403, 404, 405), path


@pytest.fixture(scope="module")
def without_action_server(trained_model, servers):
    """A Rasa server whose action server is not running (the port is free, nothing listens)."""
    stack = Stack(model=trained_model, rasa_port=free_port(), action_port=free_port(),
                  env=dict(servers.env))
    stack.start_rasa()
    yield stack
    stack.stop()


def test_action_server_down_still_answers(without_action_server) -> None:
    chat = Conversation(without_action_server.rasa_url)
    apology = chat.say("what does ketamine therapy cost")[0]["text"]
    assert apology.startswith("Sorry") and "988" in apology  # the channel's or Rasa's fallback
    crisis = chat.say("I want to end my life")
    assert "988" in crisis[0]["text"] and "741741" in crisis[0]["text"]
