"""The public demo page at ``/``: a short, balanced introduction with the chat widget open.

It is the first thing ``make run`` shows, and it embeds the widget exactly as any other
site would, with the snippet it prints under "Embed this chat". Its Content-Security-Policy
is the app's strict one plus ``connect-src`` for the Rasa server the widget talks to.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, make_response, render_template, url_for
from werkzeug.wrappers import Response

from web import CONTENT_SECURITY_POLICY

blueprint = Blueprint("site", __name__)

WIDGET_TITLE = "Ask about ketamine therapy"
WIDGET_COLOR = "#0b5cad"


def chat_origins(server_url: str) -> list[str]:
    """The origins the widget connects to: the server's HTTP origin and its WebSocket twin."""
    parts = urlsplit(server_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return []
    socket_scheme = "wss" if parts.scheme == "https" else "ws"
    return [f"{parts.scheme}://{parts.netloc}", f"{socket_scheme}://{parts.netloc}"]


def page_policy(server_url: str) -> str:
    """The app's policy, with the chat server added to ``connect-src`` (everything else stays 'self')."""
    return "; ".join([CONTENT_SECURITY_POLICY, " ".join(["connect-src 'self'", *chat_origins(server_url)])])


@blueprint.get("/")
def index() -> Response:
    server_url = current_app.extensions["bot_settings"].chat_server_url
    widget = {"server": server_url, "title": WIDGET_TITLE, "color": WIDGET_COLOR}
    page = render_template(
        "site/index.html",
        widget=widget,
        widget_src=url_for("static", filename="widget/chat.js"),
        widget_src_external=url_for("static", filename="widget/chat.js", _external=True),
    )
    response = make_response(page)
    response.headers["Content-Security-Policy"] = page_policy(server_url)
    return response
