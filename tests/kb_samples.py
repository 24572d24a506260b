"""Small knowledge-base files written by tests (independent of the shipped content)."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.db import session_scope
from bot.kb.loader import load_knowledge_base
from bot.kb.service import KnowledgeService

FILLER = (
    "This answer is written for the tests and stays within the allowed length so that "
    "validation accepts it without complaint. "
)


def answer_text(words: int, lead: str = "") -> str:
    text = (lead + " " + FILLER * 10).split()
    return " ".join(text[:words])


def entry(
    slug: str, question: str, phrasings: list[str], lead: str = "", status: str = "published", words: int = 60
) -> dict:
    return {
        "slug": slug,
        "question": question,
        "phrasings": phrasings,
        "answer": answer_text(words, lead),
        "sources": [{"title": "SPRAVATO prescribing information", "url": "https://www.spravatohcp.com/safety"}],
        "reviewed": "2026-11-01",
        "status": status,
    }


def write_topic(kb_dir: Path, topic: str, entries: list[dict]) -> Path:
    kb_dir.mkdir(parents=True, exist_ok=True)
    path = kb_dir / f"{topic}.yml"
    path.write_text(yaml.safe_dump({"topic": topic, "entries": entries}, sort_keys=False))
    return path


def small_kb(kb_dir: Path) -> Path:
    """Two topics, four entries: enough to test loading and retrieval."""
    write_topic(
        kb_dir,
        "cost",
        [
            entry(
                "cost-overview",
                "How much does ketamine therapy cost?",
                ["What is the price of ketamine treatment?", "Is ketamine expensive?"],
                "Costs vary.",
            ),
            entry(
                "cost-insurance",
                "Does insurance cover ketamine?",
                ["Will my health plan pay for ketamine infusions?", "Is Spravato covered by Medicare?"],
                "Coverage differs.",
            ),
        ],
    )
    write_topic(
        kb_dir,
        "risks",
        [
            entry(
                "risks-overview",
                "What are the side effects of ketamine?",
                ["Is ketamine safe?", "What are the dangers of ketamine treatment?"],
                "Side effects.",
            ),
            entry(
                "risks-addiction",
                "Is ketamine addictive?",
                ["Can you get hooked on ketamine?", "Could I become dependent on ketamine?"],
                "Misuse.",
            ),
        ],
    )
    return kb_dir


def service_for(engine, tmp_path: Path) -> KnowledgeService:
    """The knowledge service over the small KB loaded into ``engine``."""
    with session_scope(engine) as session:
        load_knowledge_base(session, small_kb(tmp_path / "kb"))
    return KnowledgeService(engine)
