"""How long and how hard an answer is to read, measured the same way everywhere.

Answers must fit a chat bubble and read at grade 8 or below. The grade is the
Flesch-Kincaid grade level computed by ``textstat`` on the answer's plain text: Markdown
markers and link targets are dropped, and every line (each list item included) counts as
a sentence of its own, because that is how a visitor reads a list.
"""

from __future__ import annotations

import re

import textstat

MAX_WORDS = 100
MAX_MEAN_WORDS = 80
MAX_GRADE = 8.0

_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_MARKERS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?(?:\s*(?:–|-|to)\s*\d+(?:[.,]\d+)?)?\s*"
    r"(?:mg|milligrams?|mcg|micrograms?|ml|millilit(?:er|re)s?)\b(?:\s*(?:/|per)\s*kg)?",
    re.I,
)


def plain_text(answer: str) -> str:
    """The answer as a visitor reads it: no Markdown, one sentence per line or list item."""
    lines = []
    for line in answer.splitlines():
        line = _MARKERS.sub("", _LINK.sub(r"\1", _LIST_ITEM.sub("", line))).strip()
        if line:
            lines.append(line if line[-1] in ".!?:" else line + ".")
    return " ".join(line[:-1] + "." if line.endswith(":") else line for line in lines)


def word_count(answer: str) -> int:
    """Words of the answer as shown (Markdown markers do not count)."""
    return len(plain_text(answer).split())


def grade_level(answer: str) -> float:
    """Flesch-Kincaid grade of the answer's plain text."""
    return float(textstat.flesch_kincaid_grade(plain_text(answer)))


def dose_figures(answer: str) -> list[str]:
    """Dose amounts (``0.5 mg/kg``, ``56 mg``) the answer mentions; the assistant gives none."""
    return [match.group(0) for match in _DOSE.finditer(answer)]
