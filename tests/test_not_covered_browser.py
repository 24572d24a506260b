"""Marking an unanswered question as not covered and removing it again, in a real browser: headless Chromium against
the web app alone (``tests/browser_helpers.py``; missing Chromium skips locally and fails under
CI=true). The screenshots land in the screenshot folder for a person to look at."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select

from bot.db import session_scope
from bot.models import KnownGap, UnansweredQuestion
from bot.stats import record_gap_asked
from tests.admin_world import _secrets, app, world  # noqa: F401 - fixtures are used by name
from tests.browser_helpers import browser, follow, live_url, log_in, screenshot  # noqa: F401 - fixtures are used by name


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_staff_mark_a_question_as_not_covered_in_the_browser(
    app: Flask, world: SimpleNamespace, live_url: str, browser
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    with session_scope(world.engine) as session:
        session.add(
            UnansweredQuestion(
                text="how long is the drive from boise to the nearest clinic, call 208-555-0142", confidence=0.1
            )
        )
    log_in(browser, live_url, "editor@example.org")
    browser.get(live_url + "/admin/unanswered")
    follow(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Not covered"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Mark as not covered"
    wording = browser.find_element(By.ID, "wording")
    assert "208-555-0142" not in wording.get_attribute("value")
    assert "208-555-0142" in browser.find_element(By.CSS_SELECTOR, ".panel").text  # what the visitor asked
    wording.clear()
    wording.send_keys("How long is the drive to the nearest clinic?")
    screenshot(browser, "not-covered-form.png")
    follow(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Mark as not covered']"))
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Marked as not covered" in main and "No open questions" in main
    screenshot(browser, "not-covered-done.png")
    with session_scope(world.engine) as session:
        assert session.execute(select(KnownGap.text)).scalars().all() == [
            "How long is the drive to the nearest clinic?"
        ]

    # Two visitors then ask it (the chat counts each; here the count is written directly).
    for _ in range(2):
        assert record_gap_asked(world.engine, "How long is the drive to the nearest clinic?")
    follow(browser, browser.find_element(By.LINK_TEXT, "Questions marked as not covered"))
    Select(browser.find_element(By.ID, "order")).select_by_visible_text("Most asked first")
    follow(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Show']"))
    assert "order=asked" in browser.current_url
    row = browser.find_element(By.CSS_SELECTOR, "tbody tr")
    assert "How long is the drive to the nearest clinic?" in row.text and "editor@example.org" in row.text
    assert "2 times" in row.text
    screenshot(browser, "not-covered-list.png")
    follow(browser, row.find_element(By.TAG_NAME, "button"))
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "is no longer marked as not covered" in main and "No questions are marked as not covered." in main
    screenshot(browser, "not-covered-removed.png")
