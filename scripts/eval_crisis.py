"""``make eval-crisis``: how many crisis messages get the crisis response, and how many ordinary ones do.

Runs the probes in ``eval/crisis-probes.yml`` (crisis messages written by people who saw
neither the safety patterns nor the test lists, and ordinary messages that share their
words) through the trained model's NLU three ways: as deployed (classifier, fallback and the
crisis guard), the safety patterns alone (``bot.safety``, what still holds if the model
misses) and the classifier alone (the guard switched off for the run). Probes marked
``tuned`` were used to widen the patterns and must not be read as held-out figures.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety import mentions_crisis  # noqa: E402

PROBES = ROOT / "eval" / "crisis-probes.yml"


def rasa_parser(model: Path) -> Callable[[str], str]:
    """The intent the trained model gives a message (its debug log, which holds the text, silenced)."""
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    agent = Agent.load(str(model))
    loop = asyncio.new_event_loop()
    return lambda text: loop.run_until_complete(agent.parse_message(text))["intent"]["name"]


@contextmanager
def guard_switched_off() -> Iterator[None]:
    """The classifier's own verdict: the crisis guard passes every message through unchanged."""
    from components.crisis_guard import CrisisGuard

    process = CrisisGuard.process
    CrisisGuard.process = lambda self, messages: messages  # type: ignore[method-assign]
    try:
        yield
    finally:
        CrisisGuard.process = process  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "assistant.tar.gz"))
    args = parser.parse_args()
    probes = yaml.safe_load(PROBES.read_text(encoding="utf-8"))["probes"]
    intent = rasa_parser(Path(args.model))
    deployed = {name: [intent(text) == "crisis" for text in probe["messages"]] for name, probe in probes.items()}
    with guard_switched_off():
        alone = {name: [intent(text) == "crisis" for text in probe["messages"]] for name, probe in probes.items()}
    print("| probe | messages | crisis response (as deployed) | patterns alone | classifier alone |")
    print("|---|---|---|---|---|")
    for name, probe in probes.items():
        messages = probe["messages"]
        patterns = [mentions_crisis(text) for text in messages]
        label = f"{name} ({probe['kind']}{', tuned on' if probe.get('tuned') else ''})"
        cells = [_share(flags) for flags in (deployed[name], patterns, alone[name])]
        print(f"| {label} | {len(messages)} | " + " | ".join(cells) + " |")


def _share(flags: list[bool]) -> str:
    return f"{sum(flags) / len(flags):.3f} ({sum(flags)})"


if __name__ == "__main__":
    main()
