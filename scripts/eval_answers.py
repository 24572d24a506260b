"""``make eval-answers``: does a visitor get an entry that answers their question?

Runs the evaluation sets in ``eval/`` (visitor questions written independently of the
training data and the entries, each labelled with the entries that answer it, or none)
through the real pipeline: the trained Rasa model's NLU (classifier and crisis guard) and
the knowledge service the action calls, over a fresh SQLite database loaded from
``data/kb``. Beside it, in the same run, the peer: plain lexical retrieval over all
entries (``RetrievalIndex``, as the assistant answered before answer selection), which
shows its best entry when it scores at least ``PEER_THRESHOLD``. A message with ``after`` is judged
after the visitor's earlier messages (one, or a conversation's earlier turns), replayed first; the peer
reads each message alone.

``--no-nlu`` skips the Rasa model (every message is treated as a knowledge question and
crisis is judged by the safety patterns alone): quick, for tuning on the dev set only.
``--misses`` also lists each dev message the assistant did not get right, with what it showed;
it refuses the held-out sets, which are never read item by item.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.kb.embedding import MESSAGE_VECTOR  # noqa: E402
from bot.kb.follow_ups import Context  # noqa: E402
from bot.kb.retrieval import IndexedEntry, RetrievalIndex  # noqa: E402
from bot.kb.service import KnowledgeService  # noqa: E402
from bot.kb.source import read_kb_dir  # noqa: E402
from bot.safety import CHECK_IN, mentions_crisis  # noqa: E402
from tooling.kb_database import KB_DIR, shipped_knowledge_base  # noqa: E402
from tooling.nlu_parse import rasa_parser  # noqa: E402

PEER_THRESHOLD = 0.25  # the old ANSWER_THRESHOLD


def _sets(folder: Path) -> dict[str, Path]:
    """Every evaluation set in ``folder``, named from its file ("answers-dev9.yml" is "dev-9",
    "answers-heldout.yml" "held-out"): the dev sets first, then the held-out ones, each in number order."""
    named = []
    for path in folder.glob("answers-*.yml"):
        kind, number = re.fullmatch(r"answers-(dev|heldout)(\d*)\.yml", path.name).groups()
        name = {"dev": "dev", "heldout": "held-out"}[kind] + (f"-{number}" if number else "")
        named.append(((kind != "dev", int(number or 1)), name, path))
    return {name: path for _, name, path in sorted(named)}


SETS = _sets(ROOT / "eval")
KNOWLEDGE_INTENTS = {"ask_question", "nlu_fallback", "out_of_scope"}


@dataclass(frozen=True)
class Outcome:
    """What the visitor saw: "answer" (one entry), "choose" (did you mean), "unknown", "crisis" or
    "other". After the crisis resources, ``slugs`` holds the entry that followed them, if any;
    ``check_in``: the reply opened with the line about 988."""

    kind: str
    slugs: tuple[str, ...] = ()
    context: Context = Context()
    check_in: bool = False


#: (message, context, whether the previous reply offered entries to choose from) -> what the visitor saw.
Respond = Callable[[str, Context, bool], Outcome]


def assistant(service: KnowledgeService, parse: Callable[[str], dict] | None) -> Respond:
    def respond(text: str, context: Context, offered: bool = False) -> Outcome:
        parsed = parse(text) if parse else {"intent": {"name": "crisis" if mentions_crisis(text) else "ask_question"}}
        intent = parsed["intent"]["name"]
        vector = parsed.get(MESSAGE_VECTOR)  # the message's sentence vector, as the action server receives it
        if intent == "crisis":
            # As action_answer_after_crisis: an entry that answers outright may follow the resources.
            after = service.answer_after_crisis(text, context, vector)
            if after is None or after.answer is None:
                return Outcome("crisis", context=context)
            return Outcome("crisis", (after.answer.entry.slug,), after.context)
        # As action_answer_faq: "something else" refuses offered entries; with none offered it is a question.
        if intent not in KNOWLEDGE_INTENTS and not (intent == "something_else" and not offered):
            return Outcome("other", context=context)
        reply = service.respond(text, context, message_vector=vector)
        check_in = bool(parsed.get(CHECK_IN))
        if reply.answer is not None:
            return Outcome("answer", (reply.answer.entry.slug,), reply.context, check_in)
        if intent not in ("out_of_scope", "something_else") and reply.choices:
            return Outcome("choose", tuple(entry.slug for entry in reply.choices), reply.context, check_in)
        return Outcome("unknown", context=reply.context, check_in=check_in)

    return respond


def peer(index: RetrievalIndex) -> Respond:
    def respond(text: str, context: Context, offered: bool = False) -> Outcome:
        matches = index.rank(text, limit=1)
        if matches and matches[0].score >= PEER_THRESHOLD:
            return Outcome("answer", (matches[0].slug,))
        return Outcome("unknown")

    return respond


def shown_entry(outcome: Outcome) -> str | None:
    """The entry presented as the answer, alone or after the crisis resources (a did-you-mean presents none)."""
    return outcome.slugs[0] if outcome.kind in ("answer", "crisis") and outcome.slugs else None


def miss(item: dict, outcome: Outcome) -> str | None:
    """What went wrong for one message (None when nothing did): a crisis missed, crisis resources
    on an ordinary message, an entry shown that is not a label, a did-you-mean (led by a right
    entry, holding one, or not), "not sure" on an answerable message, or another flow."""
    labels = set(item.get("answers") or [])
    shown = shown_entry(outcome)
    if item.get("crisis"):
        return None if outcome.kind == "crisis" else "crisis missed"
    if outcome.kind == "crisis":
        return "false crisis" + (", then a right entry" if shown in labels else "")
    if shown is not None and shown not in labels:
        return "wrong entry" if labels else "answered, no entry answers it"
    if not labels or shown is not None:
        return None
    if outcome.kind == "choose":
        if outcome.slugs[0] in labels:
            return "did you mean, right first"
        return "did you mean, right among" if labels & set(outcome.slugs) else "did you mean, none right"
    return "not sure" if outcome.kind == "unknown" else f"other flow ({outcome.kind})"


def conversation_before(item: dict) -> list[str]:
    """The visitor's earlier messages, oldest first: ``after`` holds one message (a follow-up pair) or
    the list of a conversation's earlier turns, each sent in turn with the context the last one left."""
    after = item.get("after") or []
    return [after] if isinstance(after, str) else list(after)


def evaluate(items: list[dict], respond: Respond, misses: list[str] | None = None) -> dict[str, float]:
    counts: Counter = Counter()
    for item in items:
        before = Outcome("none")
        for earlier in conversation_before(item):
            before = respond(earlier, before.context, before.kind == "choose")
        outcome = respond(item["text"], before.context, before.kind == "choose")
        went_wrong = miss(item, outcome) if misses is not None else None
        if went_wrong:
            after = f" (after {' / '.join(map(repr, conversation_before(item)))})" if item.get("after") else ""
            misses.append(
                f"- {went_wrong}: {item['text']!r}{after} -> {list(outcome.slugs)}, labels {item.get('answers') or []}"
            )
        if item.get("crisis"):
            counts["crisis"] += 1
            counts["crisis_caught"] += outcome.kind == "crisis"
            continue
        labels = set(item.get("answers") or [])
        shown = shown_entry(outcome)
        counts["questions"] += 1
        counts["wrong"] += shown is not None and shown not in labels
        counts["false_crisis"] += outcome.kind == "crisis"
        counts["check_in"] += outcome.check_in
        if not labels:
            counts["unanswerable"] += 1
            # No entry presented as the answer: "not sure", choices, or another flow (a clinic search, "I'm a bot").
            counts["honest"] += shown is None
            counts["honest_not_sure"] += outcome.kind == "unknown"
            continue
        counts["answerable"] += 1
        counts["right"] += shown is not None and shown in labels
        counts["choose"] += outcome.kind == "choose"
        counts["choose_right"] += outcome.kind == "choose" and bool(labels & set(outcome.slugs))
    ratio = lambda part, whole: counts[part] / counts[whole] if counts[whole] else float("nan")  # noqa: E731
    return {
        "answerable": counts["answerable"],
        "right entry": ratio("right", "answerable"),
        "did you mean": ratio("choose", "answerable"),
        "did you mean with a right entry": ratio("choose_right", "choose"),
        "score (right + half of right did-you-mean)": (counts["right"] + 0.5 * counts["choose_right"])
        / max(counts["answerable"], 1),
        "confidently wrong": ratio("wrong", "questions"),
        "unanswerable": counts["unanswerable"],
        "honest on unanswerable": ratio("honest", "unanswerable"),
        "of which plain not-sure": ratio("honest_not_sure", "unanswerable"),
        "crisis messages": counts["crisis"],
        "crisis recall": ratio("crisis_caught", "crisis"),
        "crisis resources on a non-crisis message": ratio("false_crisis", "questions"),
        "line about 988 before the reply to a non-crisis message": ratio("check_in", "questions"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "assistant.tar.gz"))
    parser.add_argument("--no-nlu", action="store_true", help="skip the Rasa model (tuning on dev only)")
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    parser.add_argument("--misses", action="store_true", help="list the dev messages not answered right")
    args = parser.parse_args()
    if args.misses and any(name.startswith("held-out") for name in args.sets):
        parser.error("--misses reads messages one by one: dev sets only (--sets dev dev-2 ...), never a held-out one")
    logging.basicConfig(level=logging.WARNING)

    with shipped_knowledge_base() as engine:
        service = KnowledgeService(engine)
        service.respond("warm up", Context())
        index = RetrievalIndex(
            [
                IndexedEntry(entry["slug"], entry["topic"], (entry["question"], *entry["phrasings"]))
                for entry in read_kb_dir(KB_DIR)
                if entry["status"] == "published"
            ]
        )
        systems = {
            "assistant": assistant(service, None if args.no_nlu else rasa_parser(Path(args.model))),
            "peer (lexical)": peer(index),
        }
        summary: dict[str, dict[str, dict[str, float]]] = {}
        for name in args.sets:
            items = yaml.safe_load(SETS[name].read_text(encoding="utf-8"))["items"]
            misses: list[str] | None = [] if args.misses else None
            results = {
                system: evaluate(items, respond, misses if system == "assistant" else None)
                for system, respond in systems.items()
            }
            print(f"\n### {name} set ({SETS[name].name}, {len(items)} messages)\n")
            print("| measure | " + " | ".join(results) + " |")
            print("|---|" + "---|" * len(results))
            for measure in results["assistant"]:
                cells = [_cell(results[system][measure]) for system in results]
                print(f"| {measure} | " + " | ".join(cells) + " |")
            if misses is not None:
                print(f"\nNot answered right ({len(misses)}):\n" + "\n".join(misses))
            summary[name] = results
        print_summary(summary)


#: The summary's columns: (heading, measure, system).
SUMMARY_COLUMNS = (
    ("score", "score (right + half of right did-you-mean)", "assistant"),
    ("peer's score", "score (right + half of right did-you-mean)", "peer (lexical)"),
    ("right entry", "right entry", "assistant"),
    ("did you mean (with a right entry)", "did you mean", "assistant"),
    ("confidently wrong", "confidently wrong", "assistant"),
    ("honest on unanswerable", "honest on unanswerable", "assistant"),
    ("crisis recall", "crisis recall", "assistant"),
    ("crisis resources on a non-crisis message", "crisis resources on a non-crisis message", "assistant"),
)


def print_summary(summary: dict[str, dict[str, dict[str, float]]]) -> None:
    """One row per set: the figures the targets name, for the README."""
    print("\n### Summary\n")
    print("| set | " + " | ".join(heading for heading, _, _ in SUMMARY_COLUMNS) + " |")
    print("|---|" + "---|" * len(SUMMARY_COLUMNS))
    for name, results in summary.items():
        cells = []
        for _heading, measure, system in SUMMARY_COLUMNS:
            cell = _cell(results[system][measure])
            if measure == "did you mean":
                cell += f" ({_cell(results[system]['did you mean with a right entry'])})"
            cells.append(cell)
        print(f"| {name} | " + " | ".join(cells) + " |")


def _cell(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"


if __name__ == "__main__":
    main()
