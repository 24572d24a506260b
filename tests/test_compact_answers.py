"""How an answer reads in the chat: two sources one per line with the rest folded on one line, few sources
not folded and odd titles kept as text, and the widget folding exactly the line the server writes. The
browser side (folded sources and the buttons at 360 px) is in ``tests/test_browser.py``.
"""

from __future__ import annotations

import datetime as dt
import re

from actions.feedback import feedback_buttons
from bot.kb.markdown import to_html
from bot.kb.presentation import DISCLAIMER, MORE_SOURCES_LINE, render_answer
from bot.kb.service import Answer, EntryView
from tests.admin_world import _secrets  # noqa: F401 - an autouse fixture
from tests.chat import answer_body, heading

SOURCES = tuple({"title": f"Source {n}", "url": f"https://example.org/{n}"} for n in range(1, 5))


def view(sources: tuple[dict, ...] = SOURCES, reviewed: dt.date | None = dt.date(2026, 11, 1)) -> EntryView:
    return EntryView(
        "cost-overview",
        "cost",
        "How much does ketamine therapy cost?",
        "Costs vary.\n\n- one\n- two",
        sources,
        reviewed,
    )


# ---------------------------------------------------------------- how an answer reads


def test_an_answer_shows_two_sources_one_per_line_and_folds_the_rest_on_one_line() -> None:
    text = render_answer(Answer(view(), ()))
    assert heading(text) == "How much does ketamine therapy cost?"
    assert answer_body(text).startswith("Costs vary.\n\n- one\n- two\n\n")
    lines = text.splitlines()
    assert lines[-4:] == [
        "Sources: [Source 1](https://example.org/1)",
        "[Source 2](https://example.org/2)",
        "More sources (2): [Source 3](https://example.org/3); [Source 4](https://example.org/4)",
        f"_Reviewed November 2026. {DISCLAIMER}_",
    ]
    assert MORE_SOURCES_LINE.match(lines[-2]).group(1) == "2"  # what the widget folds
    assert DISCLAIMER == "Information, not medical advice."


def test_few_sources_are_not_folded_and_odd_titles_stay_text() -> None:
    one = render_answer(Answer(view(SOURCES[:1], reviewed=None), ()))
    assert one.splitlines()[-2:] == ["Sources: [Source 1](https://example.org/1)", f"_{DISCLAIMER}_"]
    two = render_answer(Answer(view(SOURCES[:2]), ()))
    assert "More sources" not in two and "[Source 2](https://example.org/2)\n_Reviewed" in two
    odd = (
        {"title": "A [b]", "url": "https://a.example"},
        {"title": "Plain citation; 2019"},
        {"title": "<script>alert(1)</script>; x", "url": "https://c.example"},
        {"title": "Smith; Jones. Trial", "url": "https://d.example"},
    )
    rendered = render_answer(Answer(view(odd), ()))
    more = rendered.splitlines()[-2]
    assert more == (
        "More sources (2): [<script>alert(1)</script>, x](https://c.example); [Smith, Jones. Trial](https://d.example)"
    )  # ";" inside a title would split it
    assert "Sources: [A (b)](https://a.example)\nPlain citation; 2019" in rendered
    html = str(to_html(rendered))  # the staff preview: still escaped
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_widget_folds_exactly_the_line_the_server_writes() -> None:
    from bot.config import PROJECT_ROOT

    widget = PROJECT_ROOT / "web" / "static" / "widget"
    rendering = (widget / "render.js").read_text(encoding="utf-8")
    messages = (widget / "messages.js").read_text(encoding="utf-8")
    widget_pattern = re.search(r"var MORE_SOURCES = /(.+)/;", rendering).group(1)
    assert widget_pattern == MORE_SOURCES_LINE.pattern
    assert 'var VOTE_PREFIX = "/answer_feedback";' in messages and feedback_buttons("x")[0]["payload"].startswith(
        "/answer_feedback{"
    )
