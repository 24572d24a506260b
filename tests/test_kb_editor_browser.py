"""The knowledge-entry editor in a real browser: headless Chromium against the web app alone.

At 1280 px the live preview sits beside the answer box and follows the typing without the
form being submitted; source rows are added and removed in the page and saved as shown; on
a narrow screen the preview moves below the form. The web app runs in a thread over SQLite
(the ``live_url`` and ``browser`` fixtures of ``tests/browser_helpers.py``).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select

from bot.db import session_scope
from bot.models import KnowledgeEntry
from tests.admin_world import ANSWER_V2, PASSWORD, _secrets, app, csrf_token, entry_form, logged_in, path_of, world  # noqa: F401 - fixtures are used by name
from tests.browser_helpers import (  # noqa: F401 - fixtures are used by name
    SCREENSHOTS,
    browser,
    follow,
    live_url,
    screenshot_path,
    severe_console_errors,
)

SCREENSHOT = SCREENSHOTS / "admin-entry-editor.png"
SAMHSA = "https://www.samhsa.gov/medications-substance-use-disorders"


def rect(driver, selector: str) -> dict:
    return driver.execute_script(
        "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};",
        selector,
    )


def source_names(driver) -> list[str]:
    return driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll("
        "'[data-source-row] input[name$=\"-title\"]'), function (i) { return i.name; });"
    )


def preview_text(driver) -> str:
    return driver.find_element("id", "live-preview").text


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_the_preview_sits_beside_the_answer_and_sources_are_added_and_removed_in_the_page(
    app: Flask, world: SimpleNamespace, live_url: str, browser
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    editor = logged_in(app, "editor@example.org")
    created = editor.post(
        "/admin/kb/new",
        data=entry_form(
            csrf_token(editor.get("/admin/kb/new")),
            answer=ANSWER_V2,
            **{"sources-1-title": "SAMHSA medications guide", "sources-1-url": SAMHSA},
        ),
    )
    entry_path = path_of(created.location)

    browser.get(live_url + "/login")
    browser.find_element(By.ID, "email").send_keys("editor@example.org")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert path_of(browser.current_url) == "/admin"
    browser.get(live_url + entry_path)
    wait = WebDriverWait(browser, 10)
    wait.until(lambda b: "Do not drive on the day" in preview_text(b))  # drawn by the server on load

    answer = browser.find_element(By.ID, "answer")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", answer)
    box, preview = rect(browser, "#answer"), rect(browser, "#answer-preview")
    assert preview["left"] >= box["right"], (box, preview)  # side by side...
    assert preview["top"] < box["bottom"] and preview["bottom"] > box["top"], (box, preview)  # ...at one height

    browser.execute_script("window.notReloaded = true;")
    answer.send_keys(" Bring a friend along today.")
    wait.until(lambda b: "Bring a friend along today." in preview_text(b))
    assert browser.execute_script("return window.notReloaded === true;")  # nothing was submitted
    assert path_of(browser.current_url) == entry_path

    assert source_names(browser) == ["sources-0-title", "sources-1-title", "sources-2-title"]  # + an empty row
    browser.find_element(By.ID, "add-source").click()
    assert source_names(browser) == ["sources-0-title", "sources-1-title", "sources-2-title", "sources-3-title"]
    focused = browser.switch_to.active_element
    assert focused.get_attribute("name") == "sources-3-title" and focused.get_attribute("value") == ""
    focused.send_keys("FDA drug safety communication")
    browser.find_element(By.NAME, "sources-3-url").send_keys("https://www.fda.gov/drugs/drug-safety-and-availability")
    wait.until(lambda b: "FDA drug safety communication" in preview_text(b))

    first_remove = browser.find_element(By.CSS_SELECTOR, "[data-source-row] [data-remove-source]")
    assert first_remove.get_attribute("textContent") == "Remove source 1"  # what a screen reader says
    assert first_remove.size["height"] >= 24 and first_remove.size["width"] >= 24
    first_remove.click()
    assert source_names(browser) == ["sources-0-title", "sources-1-title", "sources-2-title"]  # renumbered
    assert browser.find_element(By.NAME, "sources-0-title").get_attribute("value") == "SAMHSA medications guide"
    assert browser.find_element(By.CSS_SELECTOR, "label[for='sources-0-title']").text == "Source 1: title or citation"
    assert browser.switch_to.active_element.get_attribute("name") == "sources-0-title"
    assert browser.find_element(By.CSS_SELECTOR, "[data-source-row] [data-remove-source]").get_attribute("value") == "0"
    assert "removed" in browser.find_element(By.ID, "sources-status").get_attribute("textContent")
    wait.until(lambda b: "SPRAVATO prescribing information" not in preview_text(b))
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    browser.execute_script(
        "window.scrollTo(0, document.getElementById('answer').getBoundingClientRect().top + window.scrollY - 120);"
    )
    assert browser.save_screenshot(str(SCREENSHOT))

    follow(browser, browser.find_element(By.CSS_SELECTOR, ".actions button[name=save], .actions input[name=save]"))
    assert "Saved as revision" in browser.find_element(By.TAG_NAME, "main").text
    with session_scope(world.engine) as session:
        saved = session.execute(select(KnowledgeEntry)).scalar_one()
        assert saved.sources == [
            {"title": "SAMHSA medications guide", "url": SAMHSA},
            {"title": "FDA drug safety communication", "url": "https://www.fda.gov/drugs/drug-safety-and-availability"},
        ]
        assert saved.answer.endswith("Bring a friend along today.")
    assert severe_console_errors(browser) == []

    # A narrow screen: the preview comes after the form instead of beside it.
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 800, "height": 1000, "deviceScaleFactor": 1, "mobile": False}
    )
    browser.get(live_url + entry_path)
    wait.until(lambda b: "Bring a friend along today." in preview_text(b))
    assert rect(browser, "#answer-preview")["top"] >= rect(browser, "#answer")["bottom"]


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_an_unanswered_question_is_added_as_a_phrasing_chosen_from_the_list_of_all_entries(
    app: Flask, world: SimpleNamespace, live_url: str, browser
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from bot.models import UnansweredQuestion

    editor = logged_in(app, "editor@example.org")
    editor.post("/admin/kb/new", data=entry_form(csrf_token(editor.get("/admin/kb/new")), answer=ANSWER_V2))
    with session_scope(world.engine) as session:
        session.add_all(
            [
                UnansweredQuestion(text="who drives me home after my infusion", confidence=0.2),
                UnansweredQuestion(text="buy cheap watches", confidence=0.1),
            ]
        )

    browser.get(live_url + "/login")
    browser.find_element(By.ID, "email").send_keys("editor@example.org")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert path_of(browser.current_url) == "/admin"
    browser.get(live_url + "/admin/unanswered")
    browser.save_screenshot(str(screenshot_path("admin-unanswered.png")))
    browser.find_element(
        By.XPATH, "//tr[contains(., 'who drives me home')]//a[contains(., 'Add as a phrasing')]"
    ).click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Add as a phrasing of an existing entry"
    other = browser.find_element(By.ID, "entry-other")
    assert not other.is_selected()
    Select(browser.find_element(By.ID, "other_entry")).select_by_visible_text(
        "Can I drive home after a ketamine treatment? (driving-after-treatment)"
    )
    assert other.is_selected()  # picking from the list picks "Another entry"
    browser.save_screenshot(str(screenshot_path("admin-unanswered-phrasing.png")))
    follow(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Add the wording to this entry']"))
    assert path_of(browser.current_url) == "/admin/unanswered"
    assert "1 unanswered question marked as answered" in browser.find_element(By.TAG_NAME, "main").text
    with session_scope(world.engine) as session:
        entry = session.execute(select(KnowledgeEntry)).scalar_one()
        assert entry.phrasings[-1] == "who drives me home after my infusion"

    browser.find_element(By.CSS_SELECTOR, "input[name=selected]").click()  # the one group left
    follow(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Dismiss selected']"))
    assert "Dismissed 1 question." in browser.find_element(By.TAG_NAME, "main").text
    assert "No open questions" in browser.find_element(By.TAG_NAME, "main").text
