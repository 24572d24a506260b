"""The chat widget end to end: headless Chromium on the demo page, against the real servers.

The ``servers`` fixture starts the action server, the Rasa server (socket.io channel, CORS
limited to the web app's origin) and the web app on free ports. Every test gets a fresh
browser profile, so a fresh sessionStorage. Screenshots go where ``tests/browser_helpers.py``
says (var/screenshots/, or docs/screenshots/ with UPDATE_SCREENSHOTS=1). Chromium and
chromedriver come from Debian; missing, the tests skip locally and fail under CI=true.
"""

from __future__ import annotations

import pytest

from tests.browser_helpers import (  # noqa: F401 - fixtures are used by name
    CONTRAST_JS,
    MILES,
    bot_texts,
    chromium,
    focused,
    greeted,
    open_browser,
    overflowing,
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
    # Asked as a clinic search, the assistant repeats the unknown "place" back: the same text
    # arrives from the server too.
    type_message(driver, f"clinics near {XSS}")
    echo = reply_after(driver, count, "couldn't find", "the reply quoting the message")
    current = state(driver)
    assert current["messages"][count]["text"] == f"clinics near {XSS}" and current["messages"][count]["html_tags"] == []
    assert XSS in echo["text"] and "img" not in echo["html_tags"]
    assert current["images"] == 0
    assert driver.execute_script("return window.__alerts") == []
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    driver.refresh()  # restored from sessionStorage: still text
    restored = wait_for(driver, lambda s: len(s["messages"]) > count, "the restored history", timeout=20)
    assert restored["messages"][count]["text"] == f"clinics near {XSS}" and restored["images"] == 0


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
    overflow = overflowing(driver, 360)
    assert overflow == []
    screenshot(driver, "phone.png")
    widget(driver, ".kt-close").click()
    assert state(driver)["launcher_shown"]
