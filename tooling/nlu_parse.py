"""The trained model's NLU in process, for the evaluation scripts (``make eval-answers``,
``make eval-crisis``): one message in, Rasa's parse out, with no server to start."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any


def rasa_parser(model: Path) -> Callable[[str], dict[str, Any]]:
    """``Agent.parse_message`` as a plain function. Rasa logs every parsed message, text
    included, at debug level through structlog: held-out messages must never reach the terminal
    of whoever tunes on the dev sets, so its logging is raised to warnings first."""
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    agent = Agent.load(str(model))
    loop = asyncio.new_event_loop()
    return lambda text: loop.run_until_complete(agent.parse_message(text))
