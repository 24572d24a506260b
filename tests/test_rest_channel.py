"""The hardened REST channel: odd or hostile requests get a clear answer, never a 5xx or silence."""

from __future__ import annotations

import secrets

import jwt
import numpy as np
import pytest
import requests

from bot.kb.embedding import MESSAGE_VECTOR, shared_encoder
from bot.kb.language import load_language
from channels.guarded_rest import EMPTY_REPLY, attach_custom_payloads
from tests.chat import CLASSIFIER_ONLY_CRISIS, Conversation
from tooling.stack import Stack, free_port

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


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data": "{not json", "headers": {"Content-Type": "application/json"}},
        {"data": "message=hi", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        {"json": ["a", "list"]},
        {"json": {"message": "no sender"}},
        {"json": {"sender": "x", "message": {"nested": True}}},
        {"json": {"sender": "x", "message": "hi", "metadata": "not an object"}},
        {"json": {"sender": "s" * 500, "message": "hi"}},
    ],
)
def test_malformed_requests_are_refused_with_a_reason(servers, kwargs: dict) -> None:
    reply = post(servers, **kwargs)
    assert reply.status_code == 400 and "error" in reply.json()


def test_the_rasa_http_api_is_closed(servers) -> None:
    for path in ("/status", "/model/parse", "/conversations/x/tracker", "/version"):
        response = requests.get(servers.rasa_url + path, timeout=10)
        assert response.status_code in (403, 404, 405), path


API_TOKEN, JWT_SECRET = secrets.token_urlsafe(24), secrets.token_urlsafe(32)


@pytest.fixture(scope="module")
def without_action_server(trained_model, servers, tmp_path_factory: pytest.TempPathFactory):
    """A Rasa server whose action server is not running (the port is free, nothing listens).

    It also opens Rasa's HTTP API the only way the project allows: behind a token and a JWT secret.
    """
    stack = Stack(
        model=trained_model,
        rasa_port=free_port(),
        action_port=free_port(),
        env={**servers.env, "RASA_API_TOKEN": API_TOKEN, "RASA_JWT_SECRET": JWT_SECRET},
        log_dir=tmp_path_factory.mktemp("without-action-server"),
    )  # Rasa's output, if it fails to start
    stack.start_rasa()
    yield stack
    stack.stop()


def test_an_opened_http_api_requires_the_token_or_a_jwt(without_action_server) -> None:
    def status(**kwargs) -> int:
        return requests.get(without_action_server.rasa_url + "/status", timeout=30, **kwargs).status_code

    def bearer(secret: str, role: str = "admin") -> dict:
        token = jwt.encode({"user": {"username": "ops", "role": role}}, secret, algorithm="HS256")
        return {"Authorization": f"Bearer {token}"}

    assert status() == 401
    assert status(params={"token": "wrong"}) == 401
    assert status(headers=bearer("not the secret")) == 401
    assert status(headers=bearer(JWT_SECRET, role="user")) == 403  # a visitor's JWT reaches only its own conversation
    assert status(params={"token": API_TOKEN}) == 200
    assert status(headers=bearer(JWT_SECRET)) == 200
    parse = requests.post(without_action_server.rasa_url + "/model/parse", json={"text": "hi"}, timeout=30)
    assert parse.status_code == 401
    # the channels stay public
    reply = requests.post(
        without_action_server.rasa_url + "/webhooks/rest/webhook",
        json={"sender": "api-check", "message": "I want to end my life"},
        timeout=60,
    )
    assert "988" in reply.json()[0]["text"]


def test_the_parse_carries_the_sentence_vector_the_action_server_would_compute(without_action_server) -> None:
    """What spares the action server a second run of the model (``MESSAGE_VECTOR``): the very vector,
    and the word pieces the word-by-word cover reads (at half precision)."""
    question = "who checks that a ketamine clinic is legit"
    parse = requests.post(
        without_action_server.rasa_url + "/model/parse",
        params={"token": API_TOKEN},
        json={"text": question},
        timeout=30,
    ).json()
    encoder = shared_encoder(load_language("en").sentence_model)
    assert encoder is not None
    vector = encoder.unpack(parse[MESSAGE_VECTOR])
    assert vector is not None
    np.testing.assert_allclose(vector, encoder.encode([question])[0], atol=1e-6)
    tokens = encoder.unpack_tokens(parse[MESSAGE_VECTOR])
    (expected,) = encoder.encode_tokens([question])
    assert tokens is not None and np.array_equal(tokens.ids, expected.ids)
    np.testing.assert_allclose(tokens.vectors, expected.vectors, atol=2e-3)


def test_action_server_down_still_answers(without_action_server) -> None:
    chat = Conversation(without_action_server.rasa_url)
    apology = chat.say("what does ketamine therapy cost")[0]["text"]
    assert apology.startswith("Sorry") and "988" in apology  # the channel's or Rasa's fallback
    crisis = chat.say("I want to end my life")
    assert "988" in crisis[0]["text"] and "741741" in crisis[0]["text"]
    # A question the classifier takes for a crisis: the resources still come, from Rasa itself,
    # though the answer that would follow them (action_answer_after_crisis) cannot.
    assert "988" in chat.say(CLASSIFIER_ONLY_CRISIS)[0]["text"]


@pytest.mark.parametrize("secret", ["-starts-with-a-dash", "--looks-like-an-option", "plain"])
def test_api_secrets_reach_rasa_whatever_they_start_with(secret: str) -> None:
    """Rasa's own command-line parser reads the token and JWT secret we pass, even one starting with "-"."""
    from rasa.__main__ import create_argument_parser

    from tooling.stack import http_api_arguments

    arguments = create_argument_parser().parse_args(
        ["run", *http_api_arguments({"RASA_API_TOKEN": secret, "RASA_JWT_SECRET": secret})]
    )
    assert (arguments.auth_token, arguments.jwt_secret, arguments.enable_api) == (secret, secret, True)


def test_a_custom_payload_travels_with_the_message_before_it_never_as_a_reply_of_its_own() -> None:
    hint = {"custom": {"data": {"placeholder": "Your first name"}}, "recipient_id": "v"}
    asked = {"recipient_id": "v", "text": "What's your first name?"}
    assert attach_custom_payloads([asked, hint]) == [{**asked, "custom": hint["custom"]}]
    # Alone, or after a message that already carries one, it stays a reply (nothing is lost).
    assert attach_custom_payloads([hint]) == [hint]
    assert attach_custom_payloads([asked, hint, hint]) == [{**asked, "custom": hint["custom"]}, hint]
