"""The small, safe Markdown subset answers use, rendered to HTML for the staff preview.

``markdown-it-py`` (a CommonMark parser) does the parsing, restricted to what the knowledge base
and the chat widget use: paragraphs with line breaks, **bold** and _italic_ (or *italic*),
bulleted and numbered lists, and [links](https://…). Raw HTML is never passed through: it is
escaped like any text. A link must go to an http(s) page or call or text a phone number (the
``tel:``/``sms:`` shapes the widget allows); anything else (``javascript:``, ``data:``) stays
plain text. ``tests/markdown_cases.json`` holds the cases this renderer and the widget's
(``renderMarkdown`` in ``web/static/widget/render.js``) must both pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markupsafe import Markup, escape

_WEB = re.compile(r"^https?://[^\s<>]+$", re.IGNORECASE)
# Tap to call or text: a bare number, and for a text message at most a short body ("HOME").
_TEL = re.compile(r"^tel:\+?[0-9]{3,15}$")
_SMS = re.compile(r"^sms:\+?[0-9]{3,15}(?:\?&?body=[A-Za-z0-9]{1,20})?$")
_LIST_NEWLINE = re.compile(r"(<(?:ul|ol)(?: start=\"\d+\")?>|</li>)\n")


def is_safe_link(url: str) -> bool:
    """Whether a Markdown link may point at ``url`` (same rule as the widget's ``safeLink``)."""
    return bool(_WEB.match(url) or _TEL.match(url) or _SMS.match(url))


def _word_char(character: str) -> bool:
    return character.isascii() and character.isalnum()


def _no_intraword_star(state: StateCore) -> None:
    """``2*3*4`` is arithmetic, not emphasis: a single-star pair touching a letter or digit on its
    outside goes back to plain text (CommonMark allows intraword ``*``; the widget never did)."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = block.children
        opened: list[int] = []
        for index, token in enumerate(children):
            if token.type == "em_open" and token.markup == "*":
                opened.append(index)
            elif token.type == "em_close" and token.markup == "*" and opened:
                start = opened.pop()
                if _touches_word(children, start, index):
                    for position in (start, index):
                        children[position] = Token("text", "", 0, content="*")


def _touches_word(children: Sequence[Token], start: int, end: int) -> bool:
    before = children[start - 1].content[-1:] if start > 0 and children[start - 1].type == "text" else ""
    after = children[end + 1].content[:1] if end + 1 < len(children) and children[end + 1].type == "text" else ""
    return _word_char(before) or _word_char(after)


def _link_open(renderer: object, tokens: Sequence[Token], index: int, options: dict, env: dict) -> str:
    # The URL is escaped here (quotes too), so it cannot end the attribute early.
    href = str(escape(tokens[index].attrGet("href") or ""))
    return f'<a href="{href}" rel="noopener noreferrer nofollow">'


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """CommonMark cut down to the answer subset; single line breaks kept as ``<br>``."""
    md = MarkdownIt("zero", {"breaks": True, "html": False})
    md.enable(["emphasis", "list", "link", "newline"])
    md.validateLink = is_safe_link  # type: ignore[method-assign]  # markdown-it-py's documented hook
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]  # kept as written; escaped when rendered
    md.core.ruler.after("inline", "no_intraword_star", _no_intraword_star)
    md.add_render_rule("link_open", _link_open)
    return md


def to_html(text: str) -> Markup:
    """Paragraphs (blank-line separated, single line breaks kept) and lists, as safe HTML."""
    html = _parser().render((text or "").replace("\x00", ""))
    return Markup(_LIST_NEWLINE.sub(r"\1", html).strip())
