"""``make eval-crisis``: how many crisis messages get the crisis response, and how many ordinary ones do.

Runs the probes in ``eval/crisis-probes.yml`` (crisis messages written by people who saw
neither the safety patterns nor the test lists, and ordinary messages that share their
words) through the trained model's NLU three ways: as deployed (classifier, fallback and the
crisis guard), the safety patterns alone (``bot.safety``, what still holds if the model
misses) and the classifier alone (the guard switched off for the run), and how many more get the
check-in line about 988 before their answer (the guard's ``check_in_floor``), and what follows
the crisis resources (``action_answer_after_crisis``: an entry that answers the message outright, or
the offer to answer it for a visitor who is safe). A message in a script nothing here reads gets the
crisis response as deployed from the guard's script check (``bot.safety_scripts``), which neither the
patterns-alone nor the classifier-alone column counts. Probes marked ``tuned`` were used to widen the
patterns and must not be read as held-out figures; the totals at the end keep them apart.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.kb.embedding import MESSAGE_VECTOR  # noqa: E402
from bot.kb.follow_ups import Context  # noqa: E402
from bot.kb.service import KnowledgeService  # noqa: E402
from bot.safety import CHECK_IN, mentions_crisis  # noqa: E402
from tooling.kb_database import shipped_knowledge_base  # noqa: E402
from tooling.nlu_parse import rasa_parser  # noqa: E402

PROBES = ROOT / "eval" / "crisis-probes.yml"
#: The tables' heading: one row per probe, then one per group of probes.
COLUMNS = (
    "| {first} | messages | crisis response (as deployed) | then an entry | then the offer to answer"
    " | check-in line instead | patterns alone | classifier alone |\n|---|---|---|---|---|---|---|---|"
)


@contextmanager
def guard_switched_off() -> Iterator[None]:
    """The classifier's own verdict: the crisis guard passes every message through unchanged.
    Rasa's graph takes each component's method when the model is loaded, so a model loaded
    inside this block keeps the guard off; one loaded outside it is unaffected."""
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
    as_deployed = rasa_parser(Path(args.model))
    with guard_switched_off():
        classifier_alone = rasa_parser(Path(args.model))
    deployed = {name: [as_deployed(text) for text in probe["messages"]] for name, probe in probes.items()}
    alone = {name: _crises(classifier_alone, probe["messages"]) for name, probe in probes.items()}
    print(COLUMNS.format(first="probe"))
    #: Per group of probes, each column's flags over all its messages.
    totals: dict[str, list[list[bool]]] = {}
    with shipped_knowledge_base() as engine:
        service = KnowledgeService(engine)
        for name, probe in probes.items():
            messages = probe["messages"]
            crisis = [parsed["intent"]["name"] == "crisis" for parsed in deployed[name]]
            after = [
                service.answer_after_crisis(text, Context(), parsed.get(MESSAGE_VECTOR)) if flag else None
                for text, parsed, flag in zip(messages, deployed[name], crisis, strict=True)
            ]
            then_entry = [reply is not None and reply.answer is not None for reply in after]
            then_offer = [reply is not None and reply.answer is None for reply in after]
            check_in = [
                bool(parsed.get(CHECK_IN)) and not flag for parsed, flag in zip(deployed[name], crisis, strict=True)
            ]
            patterns = [mentions_crisis(text) for text in messages]
            label = f"{name} ({probe['kind']}{', tuned on' if probe.get('tuned') else ''})"
            columns = (crisis, then_entry, then_offer, check_in, patterns, alone[name])
            print(f"| {label} | {len(messages)} | " + " | ".join(_share(flags) for flags in columns) + " |")
            group = totals.setdefault(_group(probe), [[] for _ in columns])
            for total, flags in zip(group, columns, strict=True):
                total.extend(flags)
    print("\nTotals, grouped by each probe's own `kind` and `tuned` marks:\n")
    print(COLUMNS.format(first="probes"))
    for group, columns in sorted(totals.items()):
        print(f"| {group} | {len(columns[0])} | " + " | ".join(_share(flags) for flags in columns) + " |")


def _group(probe: dict[str, Any]) -> str:
    """The README's groups: crisis probes never tuned on (the held-out figure), crisis probes tuned on,
    and the ordinary look-alikes (tuned on or not)."""
    if probe["kind"] == "crisis":
        return "crisis, tuned on" if probe.get("tuned") else "crisis, never tuned on"
    return "ordinary look-alikes, tuned on" if probe.get("tuned") else "ordinary look-alikes, never tuned on"


def _crises(parse: Callable[[str], dict[str, Any]], messages: list[str]) -> list[bool]:
    return [parse(text)["intent"]["name"] == "crisis" for text in messages]


def _share(flags: list[bool]) -> str:
    return f"{sum(flags) / len(flags):.3f} ({sum(flags)})"


if __name__ == "__main__":
    main()
