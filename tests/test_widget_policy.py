"""Who may use the chat: the demo page's content security policy, the channels' allowed origin and a
socket.io connection or widget from another origin, against the real servers (headless Chromium)."""

from __future__ import annotations

import json

import pytest
import requests

from tests.browser_helpers import (  # noqa: F401 - fixtures are used by name
    MILES,
    bot_texts,
    chromium,
    focused,
    greeted,
    open_browser,
    press,
    reply_after,
    screenshot,
    severe_console_errors,
    state,
    type_message,
    wait_for,
    widget,
)

pytestmark = pytest.mark.servers

# ---------------------------------------------------------------- the page and the policy around it


def test_the_demo_page_is_served_at_the_root_with_a_csp_allowing_only_the_chat_server(servers) -> None:
    page = requests.get(servers.web_url + "/", timeout=10)
    assert page.status_code == 200
    assert "Ketamine therapy for depression, anxiety and PTSD" in page.text
    assert "988" in page.text and "not medical advice" in page.text
    assert "Embed this chat" in page.text and "&lt;script src=" in page.text
    assert f'data-server="{servers.rasa_url}"' in page.text and 'href="/login"' in page.text
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src" not in policy and "'unsafe-inline'" not in policy
    assert f"connect-src 'self' {servers.rasa_url} ws://127.0.0.1:{servers.rasa_port}" in policy
    assert page.headers["X-Frame-Options"] == "DENY"
    assert requests.get(servers.web_url + "/static/widget/chat.js", timeout=10).status_code == 200
    assert requests.get(servers.web_url + "/static/vendor/socket.io.min.js", timeout=10).status_code == 200


def test_only_the_web_apps_origin_may_use_the_channels_and_the_http_api_stays_closed(servers) -> None:
    def polling(origin: str) -> requests.Response:
        return requests.get(
            servers.rasa_url + "/socket.io/?EIO=4&transport=polling", headers={"Origin": origin}, timeout=10
        )

    allowed = polling(servers.web_url)
    assert allowed.headers.get("Access-Control-Allow-Origin") == servers.web_url
    assert "Access-Control-Allow-Origin" not in polling("https://elsewhere.example").headers
    rest = requests.options(
        servers.rasa_url + "/webhooks/rest/webhook",
        timeout=10,
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in rest.headers
    for path in ("/status", "/model/parse", "/conversations/x/tracker"):
        assert requests.get(servers.rasa_url + path, timeout=10).status_code in (403, 404, 405), path


def socket_io_connect(servers, origin: str) -> str:
    """Engine.IO long-polling by hand: open a session, ask to join the default namespace, read the answer."""
    url = servers.rasa_url + "/socket.io/?EIO=4&transport=polling"
    headers = {"Origin": origin}
    opened = requests.get(url, headers=headers, timeout=10).text
    sid = json.loads(opened[1:])["sid"]
    requests.post(f"{url}&sid={sid}", data="40", headers=headers, timeout=10).raise_for_status()
    answer = requests.get(f"{url}&sid={sid}", headers=headers, timeout=30).text
    requests.post(f"{url}&sid={sid}", data="1", headers=headers, timeout=10)  # close
    return answer


def test_a_socket_io_connection_from_another_origin_is_refused(servers) -> None:
    assert socket_io_connect(servers, servers.web_url).startswith("40{")  # CONNECT with a socket id
    assert socket_io_connect(servers, "https://elsewhere.example").startswith("44")  # CONNECT_ERROR


def test_the_widget_on_a_page_whose_origin_is_not_allowed_says_so(open_browser, servers) -> None:
    driver = open_browser()
    driver.get(servers.web_url.replace("127.0.0.1", "localhost") + "/")  # same app, an origin not in CORS_ORIGINS
    current = wait_for(driver, lambda s: s["status"], "the refusal", timeout=30)
    assert current["status"] == "The chat is not available on this page."
    assert current["messages"] == [] and not current["session"]
