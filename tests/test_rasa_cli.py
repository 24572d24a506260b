"""The Rasa server's action-response check (``tooling.rasa_cli``): built once, and deciding
exactly as Rasa's own ``jsonschema.validate`` call does, error message included."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from tooling.rasa_cli import validate_action_result

RESPONSES: list[dict[str, Any]] = [
    {"events": [], "responses": []},
    {
        "events": [{"event": "slot", "name": "last_entry", "value": "cost-overview", "timestamp": None}],
        "responses": [{"text": "**How much does it cost?**", "buttons": [{"title": "More", "payload": "/more"}]}],
    },
    {"events": [{"event": "followup", "name": "action_listen"}], "responses": []},
    {"events": "not a list", "responses": []},
    {"events": [{"event": "no such event"}], "responses": []},
    {"events": [{"event": "slot", "value": "no name"}], "responses": []},
    {"events": [], "responses": "not a list"},
    {"events": [], "responses": ["not an object"]},
    "not an object",
]


def rasa_decision(check: Any, response: Any) -> str:
    try:
        check(RemoteAction("action_answer_faq", None), response)
    except ValidationError as error:
        return f"rejected: {error.message}"
    return "accepted"


@pytest.mark.parametrize("response", RESPONSES)
def test_a_response_is_accepted_or_rejected_exactly_as_rasa_does(response: Any) -> None:
    rasas_own = RemoteAction._validate_action_result  # untouched in this process: nothing here installs
    assert rasas_own is not validate_action_result
    assert rasa_decision(validate_action_result, response) == rasa_decision(rasas_own, response)


def test_malformed_responses_are_still_rejected() -> None:
    decisions = [rasa_decision(validate_action_result, response) for response in RESPONSES]
    assert decisions[:3] == ["accepted"] * 3
    assert all(decision.startswith("rejected: ") for decision in decisions[3:])
    assert all("Failed to validate Action server response" in decision for decision in decisions[3:])
