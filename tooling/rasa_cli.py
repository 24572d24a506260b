"""Rasa's command line (``python -m tooling.rasa_cli run …``) with its action-response check
made once per schema instead of once per response.

Rasa 3.6.21 (the last open-source line: no upstream fix will come) checks every action
server response with ``jsonschema.validate(response, schema)``, which first validates the
schema itself against the JSON Schema meta-schema (2020-12, whose dynamic references are
slow) and builds a new validator. The schema is a constant, so that part is the same work
every time: 15 ms of the Rasa server's time on every custom-action turn, more than half of
a static-action turn (py-spy, 2026-12-01). Here the schema is checked and its validator
built once; each response is still checked against it and rejected exactly as before,
with Rasa's own error message.

The Rasa server is started through this module (``tooling.stack``); Sanic's workers are
forked from it and inherit the change.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@cache
def _response_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(_action: RemoteAction, result: dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` against the validator built once."""
    error = exceptions.best_match(_response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, "
        "make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    """Use the once-built validator for every action server response in this process."""
    RemoteAction._validate_action_result = validate_action_result


def main() -> None:
    from rasa.__main__ import main as rasa_main

    install()
    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
