"""The chat widget end to end: headless Chromium on the demo page, against the real servers.

The ``servers`` fixture starts the action server, the Rasa server (socket.io channel, CORS
limited to the web app's origin) and the web app on free ports. Every test gets a fresh
browser profile, so a fresh sessionStorage. Screenshots go where ``tests/browser_helpers.py``
says (var/screenshots/, or docs/screenshots/ with UPDATE_SCREENSHOTS=1). Chromium and
chromedriver come from Debian; missing, the tests skip locally and fail under CI=true.
"""

from __future__ import annotations

import json
import re

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

XSS = "<img src=x onerror=alert(1)>"
ATLANTA = {"latitude": 33.7490, "longitude": -84.3880, "accuracy": 50}

# WCAG contrast of every text-bearing element of the widget against its effective background.
CONTRAST_JS = """
const root = document.getElementById('ketamine-chat').shadowRoot;
const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
const lum = c => { const v = c.slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
                   return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
const background = el => { for (; el && el.nodeType === 1; el = el.parentNode || el.host) {
    const c = rgb(getComputedStyle(el).backgroundColor); if (c.length === 3 || c[3] > 0) { return c; } }
  return [255, 255, 255]; };
const results = [];
for (const el of root.querySelectorAll('.kt-root *')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || el.closest('.kt-sr') || el.getClientRects().length === 0) { continue; }
  const a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
  results.push({text: el.textContent.trim().slice(0, 40), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)});
}
return results;
"""


# ---------------------------------------------------------------- helpers of these tests only


def clinic_cards(current: dict, after: int = 0) -> list[tuple[str, float]]:
    cards = []
    for message in current["messages"][after:]:
        match = MILES.search(message["text"])
        if message["who"] == "bot" and match:
            assert message["buttons"] == [f"Contact {match.group(1)}"], message
            cards.append((match.group(1), float(match.group(2))))
    return cards


def watch_typing(driver) -> None:
    """Record whether the typing indicator ever appears (a reply can come too fast to poll for it)."""
    driver.execute_script("""
        const typing = document.getElementById('ketamine-chat').shadowRoot.querySelector('.kt-typing');
        window.__typingSeen = false;
        new MutationObserver(() => { if (!typing.hidden) { window.__typingSeen = true; } })
            .observe(typing, {attributes: true, attributeFilter: ['hidden']});
    """)


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


# ---------------------------------------------------------------- conversations in the browser


def test_a_cost_question_gets_a_sourced_answer_rendered_safely(open_browser) -> None:
    driver = open_browser()
    assert "Ketamine therapy" in driver.title
    current = greeted(driver)
    assert current["panel_open"] and not current["launcher_shown"]
    greeting = next(m for m in current["messages"] if m["who"] == "bot")
    assert greeting["buttons"] == ["Does it work?", "Risks and side effects", "Cost and insurance"]
    watch_typing(driver)
    count = len(current["messages"])

    type_message(driver, "How much does ketamine therapy cost?")
    answer = reply_after(driver, count, "Sources:", "the cost answer")
    assert driver.execute_script("return window.__typingSeen") is True
    assert wait_for(driver, lambda s: not s["typing"], "the typing indicator to go")
    assert state(driver)["messages"][count] == {
        "who": "user",
        "text": "How much does ketamine therapy cost?",
        "html_tags": [],
        "buttons": [],
        "links": [],
    }
    assert "$" in answer["text"] and "Reviewed" in answer["text"] and "not medical advice" in answer["text"]
    # Markdown became elements, not literal asterisks; every source is a safe new-tab link.
    assert "**" not in answer["text"] and "](" not in answer["text"]
    assert {"strong", "ul", "li", "a", "em"} <= set(answer["html_tags"])
    assert len(answer["links"]) >= 2
    for link in answer["links"]:
        assert link["href"].startswith("https://") and link["target"] == "_blank"
        assert link["rel"] == "noopener noreferrer" and link["text"].endswith("(opens in a new tab)")
    assert len(answer["buttons"]) >= 2  # related questions
    screenshot(driver, "desktop.png")
    assert not severe_console_errors(driver)


def test_a_suggested_question_button_sends_its_payload_and_shows_its_title(open_browser) -> None:
    driver = open_browser()
    count = len(greeted(driver)["messages"])
    widget(driver, ".kt-choice:nth-child(3)").click()  # "Cost and insurance" under the greeting
    answer = reply_after(driver, count, "Sources:", "the cost overview")
    current = state(driver)
    assert current["messages"][count]["who"] == "user"
    assert current["messages"][count]["text"] == "Cost and insurance"  # the title, never "/ask_cost"
    assert "insurance" in answer["text"]
    follow_up = answer["buttons"][0]
    count = len(current["messages"])
    driver.execute_script("""
        const root = document.getElementById('ketamine-chat').shadowRoot;
        [...root.querySelectorAll('.kt-msg')].pop().querySelector('.kt-choice').focus();""")
    from selenium.webdriver.common.keys import Keys

    press(driver, Keys.ENTER)  # a keyboard user's click
    reply_after(driver, count, "Sources:", f"the answer to {follow_up!r}")
    assert state(driver)["messages"][count]["text"] == follow_up
    assert not any(m["text"].startswith("/") for m in state(driver)["messages"])


def test_clinics_by_zip_code_show_their_distances_nearest_first(open_browser) -> None:
    def host_page_with_its_own_io(driver) -> None:  # e.g. an old socket.io 2 client of the host site
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": "window.io = 'host io';"})

    driver = open_browser(before_load=host_page_with_its_own_io)
    count = len(greeted(driver)["messages"])
    assert driver.execute_script("return window.io") == "host io"  # the widget uses its own client
    type_message(driver, "Any ketamine clinics near 30301?")
    current = wait_for(driver, lambda s: len(clinic_cards(s, count)) >= 3, "three clinic cards")
    assert any("nearest licensed clinics to 30301" in text or "30301" in text for text in bot_texts(current))
    cards = clinic_cards(current, count)
    assert [miles for _, miles in cards] == sorted(miles for _, miles in cards)
    assert all("(sample)" in name for name, _ in cards)
    card = next(m for m in current["messages"][count:] if m["who"] == "bot" and MILES.search(m["text"]))
    assert "Phone:" in card["text"] and "License last verified" in card["text"]
    host = card["links"][2]["href"].split("/")[2]
    assert [link["text"] for link in card["links"]][::2] == [
        "Directions (opens in a new tab)",
        f"{host} (opens in a new tab)",
    ]
    assert card["links"][1]["href"].startswith("tel:+1")


def test_the_history_survives_a_reload_and_new_conversation_starts_over(open_browser) -> None:
    driver = open_browser()
    count = len(greeted(driver)["messages"])
    type_message(driver, "find a clinic near me")
    reply_after(driver, count, "Where should I look?", "the question for a place")
    before = state(driver)

    driver.refresh()
    after = wait_for(driver, lambda s: s["session"] and s["messages"], "the restored conversation", timeout=20)
    assert after["messages"] == before["messages"]
    assert after["session"] == before["session"]
    # The same conversation goes on at the server: the clinic search still waits for its place.
    count = len(after["messages"])
    type_message(driver, "30301")
    current = wait_for(driver, lambda s: len(clinic_cards(s, count)) >= 1, "clinics for the answer after reload")
    assert current["session"] == before["session"]

    widget(driver, ".kt-new").click()
    fresh = greeted(driver)
    assert fresh["session"] and fresh["session"] != before["session"]
    assert [m["who"] for m in fresh["messages"]] == ["bot"]
    driver.refresh()
    assert [m["who"] for m in greeted(driver)["messages"]] == ["bot"]


def test_html_in_messages_is_shown_as_text_and_never_runs(open_browser) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    driver = open_browser()
    count = len(greeted(driver)["messages"])
    driver.execute_script("window.__alerts = []; window.alert = message => window.__alerts.push(String(message));")
    assert state(driver)["images"] == 0
    type_message(driver, XSS)
    # The assistant repeats the unknown "place" back: the same text arrives from the server too.
    echo = reply_after(driver, count, "couldn't find", "the reply quoting the message")
    current = state(driver)
    assert current["messages"][count]["text"] == XSS and current["messages"][count]["html_tags"] == []
    assert XSS in echo["text"] and "img" not in echo["html_tags"]
    assert current["images"] == 0
    assert driver.execute_script("return window.__alerts") == []
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    driver.refresh()  # restored from sessionStorage: still text
    restored = wait_for(driver, lambda s: len(s["messages"]) > count, "the restored history", timeout=20)
    assert restored["messages"][count]["text"] == XSS and restored["images"] == 0


def test_use_my_location_sends_coordinates_for_the_clinic_search(open_browser, servers) -> None:
    def allow_location(driver) -> None:
        driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": servers.web_url, "permissions": ["geolocation"]})
        driver.execute_cdp_cmd("Emulation.setGeolocationOverride", ATLANTA)

    driver = open_browser(before_load=allow_location)
    count = len(greeted(driver)["messages"])
    widget(driver, ".kt-locate").click()
    current = wait_for(driver, lambda s: len(clinic_cards(s, count)) >= 3, "clinics near the browser's location")
    assert current["messages"][count]["text"] == "Find clinics near my location"
    assert any("to your location" in text for text in bot_texts(current)[-4:])
    cards = clinic_cards(current, count)
    assert cards[0][1] < 10 and [miles for _, miles in cards] == sorted(miles for _, miles in cards)


def test_refused_location_falls_back_to_asking_for_a_zip_code(open_browser, servers) -> None:
    def refuse_location(driver) -> None:
        driver.execute_cdp_cmd(
            "Browser.setPermission",
            {"origin": servers.web_url, "setting": "denied", "permission": {"name": "geolocation"}},
        )

    driver = open_browser(before_load=refuse_location)
    count = len(greeted(driver)["messages"])
    widget(driver, ".kt-locate").click()
    reply_after(driver, count, "5-digit ZIP code", "the question for a ZIP code")
    current = state(driver)
    notice = next(m for m in current["messages"][count:] if m["who"] == "notice")
    assert "refused" in notice["text"] and "ZIP code" in notice["text"]
    count = len(current["messages"])
    type_message(driver, "30301")
    assert wait_for(driver, lambda s: len(clinic_cards(s, count)) >= 1, "clinics for the ZIP code")


def test_a_lost_connection_is_shown_and_messages_go_out_after_the_automatic_reconnect(open_browser) -> None:
    driver = open_browser()
    count = len(greeted(driver)["messages"])
    network = {"latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {"offline": True, **network})
    lost = wait_for(
        driver,
        lambda s: "Connection lost" in s["status"] or "Can't reach" in s["status"],
        "the connection-lost message",
        timeout=30,
    )
    assert "Reconnecting" in lost["status"] or "Trying again" in lost["status"]
    type_message(driver, "Is ketamine FDA approved for depression?")  # sent while offline: queued
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {"offline": False, **network})
    wait_for(driver, lambda s: s["status"] == "Reconnected.", "the reconnect", timeout=30)
    answer = reply_after(driver, count, "Sources:", "the answer to the queued question")
    assert "SPRAVATO" in answer["text"] or "esketamine" in answer["text"]


# ---------------------------------------------------------------- accessibility and small screens


def test_the_widget_is_labelled_keyboard_usable_and_has_sufficient_contrast(open_browser) -> None:
    from selenium.webdriver.common.keys import Keys

    driver = open_browser()
    greeted(driver)
    labels = driver.execute_script("""
        const root = document.getElementById('ketamine-chat').shadowRoot;
        const log = root.querySelector('.kt-log');
        const name = el => (el.getAttribute('aria-label') || el.textContent || '').trim();
        return {
          log: [log.getAttribute('role'), log.getAttribute('aria-live'), log.getAttribute('aria-label')],
          input: root.querySelector('label[for="kt-input"]').textContent,
          buttons: [...root.querySelectorAll('button')].map(name),
          panel: root.getElementById(root.querySelector('.kt-panel').getAttribute('aria-labelledby')).textContent,
        };""")
    assert labels["log"] == ["log", "polite", "Conversation"]
    assert labels["input"] == "Your message" and labels["panel"] == "Ask about ketamine therapy"
    assert all(labels["buttons"]) and {"Close chat", "New conversation", "Send", "Use my location"} <= set(
        labels["buttons"]
    )

    # Keyboard only: Escape closes the chat and focus returns to its button; Enter opens it into the message box.
    widget(driver, "#kt-input").click()
    press(driver, Keys.ESCAPE)
    assert not state(driver)["panel_open"]
    launcher = focused(driver)
    assert launcher["className"] == "kt-launcher"
    assert launcher["outline"][:2] == ["solid", "3px"] and launcher["outline"][2] != "none"  # a visible ring
    press(driver, Keys.ENTER)
    assert state(driver)["panel_open"] and focused(driver)["id"] == "kt-input"
    press(driver, "What is ketamine?", Keys.ENTER)
    reply_after(driver, 1, "Sources:", "the answer to a keyboard-typed question")
    # Tab order: message box, Send, "Use my location"; Shift+Tab goes back.
    widget(driver, "#kt-input").click()
    press(driver, Keys.TAB)
    assert focused(driver)["text"] == "Send"
    press(driver, Keys.TAB)
    assert focused(driver)["text"] == "Use my location"
    assert focused(driver)["outline"][0] == "solid"
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    assert focused(driver)["text"] == "Send"

    low = [item for item in driver.execute_script(CONTRAST_JS) if item["ratio"] < 4.5]
    assert not low, low


def test_a_360_pixel_phone_screen(open_browser) -> None:
    driver = open_browser(360, 740, mobile=True)
    current = wait_for(driver, lambda s: s["launcher_shown"], "the chat button", timeout=20)
    assert not current["panel_open"]  # on a phone the page stays readable until the visitor opens the chat
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 360
    widget(driver, ".kt-launcher").click()
    count = len(greeted(driver)["messages"])
    rect = driver.execute_script("""
        const r = document.getElementById('ketamine-chat').shadowRoot.querySelector('.kt-panel').getBoundingClientRect();
        return [r.left, r.top, r.width, r.height];""")
    assert rect == [0, 0, 360, 740]
    type_message(driver, "How much does ketamine therapy cost?")
    reply_after(driver, count, "Sources:", "the cost answer on a phone")
    overflow = driver.execute_script("""
        const root = document.getElementById('ketamine-chat').shadowRoot;
        return [...root.querySelectorAll('.kt-panel *')].filter(e => e.getBoundingClientRect().right > 361)
            .map(e => e.className || e.tagName);""")
    assert overflow == []
    screenshot(driver, "phone.png")
    widget(driver, ".kt-close").click()
    assert state(driver)["launcher_shown"]


# ---------------------------------------------------------------- compact answers and "Helpful? Yes / No"

# The latest answer's folded sources and feedback buttons, with sizes and visibility.
ANSWER_JS = """
const root = document.getElementById('ketamine-chat').shadowRoot;
const message = [...root.querySelectorAll('.kt-msg.kt-from-bot')].filter(m => m.querySelector('.kt-feedback')).pop();
const box = el => { const r = el.getBoundingClientRect(); return {width: r.width, height: r.height, right: r.right}; };
const visible = el => el.checkVisibility();  // false inside a closed <details>, unlike getClientRects
const more = message.querySelector('details.kt-more');
const group = message.querySelector('.kt-feedback');
return {
  open: more ? more.open : null,
  summary: more ? more.querySelector('summary').textContent : null,
  summary_box: more ? box(more.querySelector('summary')) : null,
  folded: more ? [...more.querySelectorAll('li a')].length : 0,
  visible_links: [...message.querySelectorAll('.kt-bubble a')].filter(visible).length,
  group: [group.getAttribute('role'), group.getAttribute('aria-label')],
  votes: [...group.querySelectorAll('.kt-vote')].map(b => ({text: b.textContent, label: b.getAttribute('aria-label'),
          disabled: b.disabled, pressed: b.getAttribute('aria-pressed'), box: box(b),
          font: parseFloat(getComputedStyle(b).fontSize)})),
  choice_font: [...message.querySelectorAll('.kt-choice')].map(b => parseFloat(getComputedStyle(b).fontSize)),
};
"""


def latest_answer(driver) -> dict:
    return driver.execute_script(ANSWER_JS)


def click_in_latest_answer(driver, selector: str) -> None:
    driver.execute_script(
        """
        const root = document.getElementById('ketamine-chat').shadowRoot;
        const message = [...root.querySelectorAll('.kt-msg.kt-from-bot')].filter(m => m.querySelector('.kt-feedback')).pop();
        const target = message.querySelector(arguments[0]);
        const log = root.querySelector('.kt-log');
        log.scrollTop = target.offsetTop - log.offsetTop - log.clientHeight / 2;  // as a visitor would scroll
        target.click();""",
        selector,
    )


def feedback_rows(servers, after_id: int = 0) -> list:
    from sqlalchemy import select

    from bot.db import session_scope
    from bot.models import AnswerFeedback

    with session_scope(servers.engine) as session:
        return list(
            session.execute(
                select(AnswerFeedback).where(AnswerFeedback.id > after_id).order_by(AnswerFeedback.id)
            ).scalars()
        )


def test_folded_sources_and_helpful_no_with_a_reason_on_a_360_pixel_phone(open_browser, servers) -> None:
    last_id = max([row.id for row in feedback_rows(servers)], default=0)
    driver = open_browser(360, 740, mobile=True)
    wait_for(driver, lambda s: s["launcher_shown"], "the chat button", timeout=20)
    widget(driver, ".kt-launcher").click()
    count = len(greeted(driver)["messages"])
    type_message(driver, "How much does ketamine therapy cost?")
    reply_after(driver, count, "More sources (", "a cost answer with folded sources")

    shown = latest_answer(driver)
    assert shown["open"] is False and re.fullmatch(r"More sources \(\d+\)", shown["summary"])
    assert shown["visible_links"] == 2 and shown["folded"] == int(shown["summary"][14:-1])
    assert shown["summary_box"]["height"] >= 24
    assert shown["group"] == ["group", "Was this answer helpful?"]
    assert [(vote["text"], vote["label"]) for vote in shown["votes"]] == [
        ("Yes", "Yes, helpful"),
        ("No", "No, not helpful"),
    ]
    for vote in shown["votes"]:
        assert vote["box"]["width"] >= 24 and vote["box"]["height"] >= 24 and not vote["disabled"]
        assert all(vote["font"] < font for font in shown["choice_font"])  # secondary to the related questions
    driver.execute_script("""
        const root = document.getElementById('ketamine-chat').shadowRoot;
        const log = root.querySelector('.kt-log'), votes = [...root.querySelectorAll('.kt-feedback')].pop();
        log.scrollTop = votes.offsetTop + votes.offsetHeight - log.offsetTop - log.clientHeight + 8;""")
    screenshot(driver, "phone-answer.png")  # folded sources and the feedback buttons at 360 px

    click_in_latest_answer(driver, "summary")
    opened = latest_answer(driver)
    assert opened["open"] is True and opened["visible_links"] == 2 + opened["folded"]
    overflow = driver.execute_script("""
        const root = document.getElementById('ketamine-chat').shadowRoot;
        return [...root.querySelectorAll('.kt-panel *')].filter(e => e.getBoundingClientRect().right > 361)
            .map(e => e.className || e.tagName);""")
    assert overflow == []
    low = [item for item in driver.execute_script(CONTRAST_JS) if item["ratio"] < 4.5]
    assert not low, low

    click_in_latest_answer(driver, ".kt-vote")  # "Yes"
    voted = latest_answer(driver)["votes"]
    assert [(vote["disabled"], vote["pressed"]) for vote in voted] == [(True, "true"), (True, "false")]
    reply_after(driver, count, "Thanks for letting us know.", "the thanks for the vote")
    assert "Yes, helpful" in [m["text"] for m in state(driver)["messages"][count:] if m["who"] == "user"]
    [row] = feedback_rows(servers, last_id)
    assert (row.helpful, row.question) == (True, "How much does ketamine therapy cost?")

    count = len(state(driver)["messages"])
    type_message(driver, "Is ketamine addictive?")
    reply_after(driver, count, "Sources:", "a second answer")
    click_in_latest_answer(driver, ".kt-vote:nth-of-type(2)")  # "No"
    voted = latest_answer(driver)["votes"]
    assert [(vote["disabled"], vote["pressed"]) for vote in voted] == [(True, "false"), (True, "true")]
    reply_after(driver, count, "What was missing?", "the question what was missing")
    assert "No, not helpful" in [m["text"] for m in state(driver)["messages"][count:] if m["who"] == "user"]
    count = len(state(driver)["messages"])
    type_message(driver, "It should say how addiction is screened. Mail sam@example.com or 212-555-0147")
    reply_after(driver, count, "Thank you, that helps", "the thanks for the reason")
    rows = feedback_rows(servers, last_id)
    assert [(row.helpful, row.reason) for row in rows][-1] == (
        False,
        "It should say how addiction is screened. Mail [e-mail removed] or [phone removed]",
    )
    assert all("sam@example.com" not in (row.reason or "") + (row.question or "") for row in rows)

    driver.refresh()  # the votes stay given after a reload
    wait_for(driver, lambda s: len(s["messages"]) >= count, "the restored conversation", timeout=20)
    assert all(vote["disabled"] for vote in latest_answer(driver)["votes"])
    assert not severe_console_errors(driver)
