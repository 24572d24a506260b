"""``make bench-selection``: what answer selection costs with 500 published entries.

The 500 entries are the shipped ones repeated with numbered slugs and a distinguishing
word in every text, so vocabulary and phrasing counts grow as a real knowledge base would.
Prints the refit time (paid once after published content changes: with every wording new
to the sentence encoder, as on a first start with no cache file, and after staff change one
entry) and the time per message over the evaluation sets' questions: with the sentence encoder
(and the shipped questions not covered) as deployed, where the Rasa server's parse brings the
message's sentence vector and word pieces (its intent classifier runs the encoder anyway); the
same with the encoder run here on each message, as when the parse brings none; and with words alone.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.kb.embedding import SentenceEncoder, model_dir  # noqa: E402
from bot.kb.follow_ups import Context  # noqa: E402
from bot.kb.gaps import read_gap_files  # noqa: E402
from bot.kb.language import load_language  # noqa: E402
from bot.kb.retrieval import IndexedEntry  # noqa: E402
from bot.kb.selection import Selector  # noqa: E402
from bot.kb.source import read_kb_dir  # noqa: E402

ENTRIES = 500


def entries(count: int) -> list[IndexedEntry]:
    shipped = [entry for entry in read_kb_dir(ROOT / "data" / "kb") if entry["status"] == "published"]
    made = []
    for number in range(count):
        entry = shipped[number % len(shipped)]
        tag = "" if number < len(shipped) else f" variant{number // len(shipped)}"
        made.append(
            IndexedEntry(
                f"{entry['slug']}-{number}",
                entry["topic"],
                tuple(text + tag for text in (entry["question"], *entry["phrasings"])),
            )
        )
    return made


def main() -> None:
    questions = [
        item["text"]
        for name in ("answers-dev.yml", "answers-heldout.yml")
        for item in yaml.safe_load((ROOT / "eval" / name).read_text())["items"]
    ]
    made = entries(ENTRIES)
    gaps = read_gap_files(ROOT / "data" / "kb")
    print(
        f"answer selection over {len(made)} entries ({sum(len(e.texts) for e in made)} texts) "
        f"and {len(gaps)} questions not covered"
    )
    with tempfile.TemporaryDirectory() as workdir:
        model = model_dir(load_language("en").sentence_model or "")
        encoder = SentenceEncoder(model, Path(workdir) / "vectors.npz")
        started = time.perf_counter()
        selector = Selector(made, load_language("en"), encoder=encoder, gaps=gaps)
        print(f"refit, every wording new to the encoder (first start): {time.perf_counter() - started:.2f} s")
        changed = [*made[:-1], IndexedEntry(made[-1].slug, made[-1].topic, (*made[-1].texts, "one new phrasing"))]
        started = time.perf_counter()
        Selector(changed, load_language("en"), encoder=SentenceEncoder(model, Path(workdir) / "vectors.npz"))
        print(f"refit after staff add a phrasing (restart included): {time.perf_counter() - started:.2f} s")
    vectors, pieces = encoder.encode_with_tokens(questions)  # what the Rasa server's parse carries
    context = Context(last_entry=made[0].slug, condition="ptsd")  # every message is also read as a follow-up
    report(
        "words and meaning, the vector and word pieces from the parse (as deployed)",
        lambda number: selector.select(questions[number], context, vectors[number], pieces[number]),
        len(questions),
    )
    report(
        "words and meaning, the message encoded here",
        lambda number: selector.select(questions[number], context),
        len(questions),
    )
    words_alone = Selector(made, load_language("en"))
    report("words alone", lambda number: words_alone.select(questions[number], context), len(questions))


def report(name: str, select: Callable[[int], object], count: int) -> None:
    """Times ``select`` on each of ``count`` messages (by number), after a warm-up."""
    for number in range(min(20, count)):
        select(number)
    timings = []
    for number in range(count):
        started = time.perf_counter()
        select(number)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(
        f"{name}, per message ({len(timings)} questions, with follow-up context): "
        f"p50 {statistics.median(timings):.2f} ms, p95 {timings[int(0.95 * len(timings))]:.2f} ms, "
        f"max {timings[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
