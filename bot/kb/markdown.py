"""The small, safe Markdown subset answers use, rendered to HTML for the staff preview.

Everything is HTML-escaped first; only then are **bold**, _italic_ (or *italic*),
bulleted and numbered lists, paragraphs and [links](https://…) turned into tags. Links
must be http or https: anything else (``javascript:``, ``data:``) stays plain text. A
hand-written subset instead of a full Markdown library keeps the attack surface to a page.
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

_LINK = re.compile(r"\[([^\[\]\n]+)\]\((https?://[^\s()<>\"]+)\)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(.*)$")
_PLACEHOLDER = "\x00{}\x00"


def _emphasis(escaped: str) -> str:
    escaped = _BOLD.sub(lambda match: f"<strong>{match.group(1) or match.group(2)}</strong>", escaped)
    return _ITALIC.sub(lambda match: f"<em>{match.group(1) or match.group(2)}</em>", escaped)


def inline(text: str) -> str:
    """One line of Markdown as HTML; the text is escaped before any tag is added."""
    escaped = str(escape(text.replace("\x00", "")))
    links: list[str] = []

    def keep_link(match: re.Match) -> str:
        # The URL was escaped with the rest, so quotes cannot end the attribute early.
        links.append(f'<a href="{match.group(2)}" rel="noopener noreferrer nofollow">{_emphasis(match.group(1))}</a>')
        return _PLACEHOLDER.format(len(links) - 1)

    with_placeholders = _emphasis(_LINK.sub(keep_link, escaped))
    return re.sub("\x00(\\d+)\x00", lambda match: links[int(match.group(1))], with_placeholders)


def to_html(text: str) -> Markup:
    """Paragraphs (blank-line separated, single line breaks kept) and lists, as safe HTML."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""

    def close_paragraph() -> None:
        if paragraph:
            blocks.append("<p>" + "<br>\n".join(inline(line) for line in paragraph) + "</p>")
            paragraph.clear()

    def close_list() -> None:
        nonlocal list_tag
        if items:
            blocks.append(f"<{list_tag}>" + "".join(f"<li>{inline(item)}</li>" for item in items) + f"</{list_tag}>")
            items.clear()
        list_tag = ""

    for line in (text or "").replace("\r\n", "\n").split("\n"):
        bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
        if bullet or numbered:
            tag = "ul" if bullet else "ol"
            close_paragraph()
            if list_tag != tag:
                close_list()
                list_tag = tag
            items.append((bullet or numbered).group(1))
        elif not line.strip():
            close_paragraph()
            close_list()
        elif items and line[:1].isspace():
            items[-1] += " " + line.strip()  # an indented continuation of the last item
        else:
            close_list()
            paragraph.append(line.strip())
    close_paragraph()
    close_list()
    return Markup("\n".join(blocks))
