"""How an answer reads in the chat: the question it answers as a heading, the entry, its sources,
its review date, one caveat."""
from __future__ import annotations

from bot.kb.service import Answer

DISCLAIMER = "General information, not medical advice, a diagnosis or a dose: please talk it over with a clinician."


def format_source(source: dict) -> str:
    """A source as a Markdown link when it has a URL, else its citation."""
    title = source.get("title", "").replace("[", "(").replace("]", ")")
    url = source.get("url")
    return f"[{title}]({url})" if url else title


def render_answer(answer: Answer) -> str:
    """The reply text for an answer (short Markdown)."""
    entry = answer.entry
    heading = entry.question.replace("*", "")  # the question it answers, so a near miss shows at once
    lines = [f"**{heading}**", "", entry.answer.strip(), "", "Sources: " + "; ".join(format_source(s) for s in entry.sources)]
    reviewed = f"Reviewed {entry.reviewed_on:%B %Y}. " if entry.reviewed_on else ""
    lines.append(f"_{reviewed}{DISCLAIMER}_")
    return "\n".join(lines)
