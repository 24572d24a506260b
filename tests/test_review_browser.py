"""The publish confirmation in a real browser: headless Chromium against the web app alone.

The web app runs in a thread on a free port over SQLite (no Rasa server needed). Chromium and
chromedriver come from Debian (``tests/browser_helpers.py``); missing, the test skips
locally and fails under CI=true.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask import Flask

from tests.admin_world import (  # noqa: F401 - fixtures are used by name
    ANSWER_V2,
    PASSWORD,
    _secrets,
    app,
    csrf_token,
    entry_form,
    logged_in,
    path_of,
    submit_entry,
    world,
)
from tests.browser_helpers import browser, follow, live_url  # noqa: F401 - fixtures are used by name


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_a_reviewer_confirms_and_publishes_in_the_browser(
    app: Flask, world: SimpleNamespace, live_url: str, browser, tmp_path
) -> None:
    from selenium.webdriver.common.by import By

    editor = logged_in(app, "editor@example.org")
    created = editor.post("/admin/kb/new", data=entry_form(csrf_token(editor.get("/admin/kb/new")), answer=ANSWER_V2))
    entry_path = path_of(created.location)
    assert submit_entry(editor, int(entry_path.rsplit("/", 1)[1])).status_code == 303

    browser.get(live_url + "/login")
    browser.find_element(By.ID, "email").send_keys("reviewer@example.org")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Review due (1" in browser.find_element(By.CSS_SELECTOR, "nav.site-nav").text

    browser.get(live_url + entry_path)
    follow(browser, browser.find_element(By.LINK_TEXT, "Review and publish…"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Review and publish"
    preview = browser.find_element(By.CSS_SELECTOR, ".chat-bot")
    assert preview.is_displayed() and "Do not drive on the day" in preview.text
    reviewed_by = browser.find_element(By.ID, "reviewed_by")
    assert reviewed_by.get_attribute("value") == "reviewer@example.org"
    reviewed_by.clear()
    reviewed_by.send_keys("Medical reviewer, MD")
    follow(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Publish']"))
    assert "Tick the box to confirm your review." in browser.find_element(By.TAG_NAME, "main").text
    assert browser.find_element(By.ID, "reviewed_by").get_attribute("value") == "Medical reviewer, MD"

    browser.find_element(By.ID, "confirm").click()
    browser.save_screenshot(str(tmp_path / "publish-confirmation.png"))
    follow(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Publish']"))
    assert path_of(browser.current_url) == entry_path  # the POST redirects back
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Published, reviewed by Medical reviewer, MD" in page and "by Medical reviewer, MD" in page
    assert "Review due" == browser.find_element(By.LINK_TEXT, "Review due").text  # nothing left to review
