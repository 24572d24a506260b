"""Report every published knowledge entry that breaks an editorial rule, and the totals.

Usage: python scripts/kb_check.py [--all]   (--all lists every entry's words and grade)
Exit status 1 when any published entry has a problem. Phrasings that read like a question marked
as not covered (in meaning, when the sentence model is installed) are listed for a reviewer without
failing the check: either the entry does answer it (drop the question from the list), the phrasing
promises what the answer does not say, or the question is a near miss on purpose (a detail the
answer leaves out); which is a content decision.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.kb.editorial import duplicate_phrasings, entry_problems, summary  # noqa: E402 (path set above)
from bot.kb.embedding import shared_encoder  # noqa: E402
from bot.kb.gaps import phrasings_like_gaps, read_gap_files  # noqa: E402
from bot.kb.language import load_language  # noqa: E402
from bot.kb.readability import grade_level, word_count  # noqa: E402
from bot.kb.source import read_kb_dir  # noqa: E402

KB_DIR = ROOT / "data" / "kb"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="list every entry's words and grade")
    args = parser.parse_args()
    entries = read_kb_dir(KB_DIR)
    published = [entry for entry in entries if entry["status"] == "published"]
    failing = 0
    for entry in published:
        problems = entry_problems(entry)
        failing += bool(problems)
        if problems or args.all:
            print(f"{entry['slug']}: {word_count(entry['answer'])} words, grade {grade_level(entry['answer']):.1f}")
            for problem in problems:
                print(f"    - {problem}")
    duplicates = duplicate_phrasings(published)
    for text, slugs in duplicates.items():
        print(f"phrasing {text!r} belongs to {', '.join(slugs)}")
    encoder = shared_encoder(load_language("en").sentence_model)
    contradictions = phrasings_like_gaps(published, read_gap_files(KB_DIR), encoder) if encoder else []
    for slug, phrasing, question in contradictions:
        print(f"phrasing {phrasing!r} of {slug} reads like {question!r}, marked as not covered")
    totals = summary(published)
    print(
        f"{totals['entries']} published in {totals['topics']} topics ({len(entries)} in all); "
        f"words mean {totals['mean_words']:.1f} max {totals['max_words']}; "
        f"grade mean {totals['mean_grade']:.1f} max {totals['max_grade']:.1f}; "
        f"{failing} entries with problems, {len(duplicates)} shared phrasings, "
        f"{len(contradictions)} phrasings like a question marked as not covered"
    )
    return 1 if failing or duplicates else 0


if __name__ == "__main__":
    sys.exit(main())
