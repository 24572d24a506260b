"""How an answer reads in the chat: short enough for a phone screen, the same on every channel.

An answer is one message of the safe Markdown subset (:mod:`bot.kb.markdown`)::

    **Is ketamine addictive?**

    <the entry's answer>

    Sources: [First source](https://…)
    [Second source](https://…)
    More sources (2): [Third](https://…); [Fourth](https://…)
    _Reviewed November 2026. Information, not medical advice._

The question it answers comes first as a bold heading, so a near miss shows at once. At most
``SOURCES_SHOWN`` sources get a line of their own; the rest share one "More sources (n):"
line, separated by "; ", so a text-only channel (REST) still gives every source in a few
lines. The chat widget (``web/static/widget/render.js``) recognises that line and folds
it behind a "More sources (n)" disclosure, one source per line. The review date and the
caveat share the last line. No HTML from content reaches the text: brackets in titles are
replaced, and ";" inside a folded title becomes "," so the widget can split the line safely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.kb.service import Answer

DISCLAIMER = "Information, not medical advice."
SOURCES_SHOWN = 2
SOURCES_LABEL = "Sources: "
MORE_SOURCES = "More sources ({count}): "
#: What the widget matches to fold the extra sources (kept in step with the widget's render.js).
MORE_SOURCES_LINE = re.compile(r"^More sources \((\d{1,3})\): (.+)$")
MORE_SEPARATOR = "; "


def format_source(source: dict) -> str:
    """A source as a Markdown link when it has a URL, else its citation."""
    title = " ".join(str(source.get("title", "")).split()).replace("[", "(").replace("]", ")")
    url = source.get("url")
    return f"[{title}]({url})" if url else title


def _folded(source: dict) -> str:
    """A source for the one-line "More sources" list: no ";" inside, so the list splits cleanly."""
    return format_source({**source, "title": str(source.get("title", "")).replace(";", ",")})


def source_lines(sources: Iterable[dict]) -> list[str]:
    """The first sources one per line, the rest on one "More sources (n):" line."""
    sources = [source for source in sources if source.get("title")]
    if not sources:
        return []
    shown, rest = sources[:SOURCES_SHOWN], sources[SOURCES_SHOWN:]
    lines = [SOURCES_LABEL + format_source(shown[0])] + [format_source(source) for source in shown[1:]]
    if rest:
        lines.append(MORE_SOURCES.format(count=len(rest)) + MORE_SEPARATOR.join(_folded(s) for s in rest))
    return lines


def render_answer(answer: Answer) -> str:
    """The reply text for an answer (short Markdown, see the module docstring)."""
    entry = answer.entry
    heading = entry.question.replace("*", "")
    reviewed = f"Reviewed {entry.reviewed_on:%B %Y}. " if entry.reviewed_on else ""
    lines = [f"**{heading}**", "", entry.answer.strip(), "", *source_lines(entry.sources), f"_{reviewed}{DISCLAIMER}_"]
    return "\n".join(lines)
