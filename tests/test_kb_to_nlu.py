"""The classifier examples generated from the knowledge base (``scripts/kb_to_nlu.py``).

A phrasing the crisis patterns flag gets its reply from the patterns, so it must not become an
``ask_question`` example, whatever kind of crisis the patterns call it: otherwise moving a pattern
from one category to another would change the classifier's training data.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.kb.source import read_kb_dir
from bot.safety import EMERGENCY, OVERDOSE, crisis_kind, mentions_crisis
from scripts.kb_to_nlu import main
from tooling.kb_database import KB_DIR


def generated_examples(tmp_path: Path) -> list[str]:
    out = tmp_path / "kb_questions.yml"
    main(out)
    (block,) = yaml.safe_load(out.read_text(encoding="utf-8"))["nlu"]
    assert block["intent"] == "ask_question"
    return [line.strip()[2:] for line in block["examples"].splitlines() if line.strip()]


def test_no_flagged_phrasing_becomes_an_example_whatever_its_kind(tmp_path: Path) -> None:
    examples = generated_examples(tmp_path)
    assert not [text for text in examples if mentions_crisis(text)]
    shipped = [text for entry in read_kb_dir(KB_DIR) for text in (entry["question"], *entry["phrasings"])]
    kinds = {crisis_kind(text) for text in shipped}
    # The shipped knowledge base has phrasings of each kind, so the rule is tested on each.
    assert {EMERGENCY, OVERDOSE} <= kinds
    assert "trouble breathing after ketamine what do i do" not in examples
    assert "How much does ketamine therapy cost?" in examples
    assert len(examples) > 3000
