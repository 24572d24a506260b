"""Invitations and one's own password change in headless Chromium (web app alone, no Rasa), issue #15.

An administrator creates an account on the accounts page; the invitation link the page shows is
opened in a second, clean browser, where the new user chooses a password and is logged in. The
link then works no more, and a link older than INVITATION_LINK_HOURS is refused (made "issued" in the
past, as in ``tests/test_account_links.py``). Fixtures (live server, browser) are those of
``tests/browser_helpers.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from flask import Flask

from bot.account_links import EXPIRED, USED
from bot.models import utcnow
from tests.account_helpers import NEW_PASSWORD, link_for
from tests.admin_world import PASSWORD, _secrets, app, world  # noqa: F401 - fixtures are used by name
from tests.browser_helpers import (  # noqa: F401 - fixtures are used by name
    PAGE_SECONDS,
    browser,
    follow,
    live_url,
    log_in,
    require_chromium,
    screenshot,
    start_browser,
)

INVITED = "new.editor@example.org"


@pytest.fixture
def second_browser(tmp_path: Path) -> Iterator[object]:
    """Another Chromium with its own empty profile: no cookies, no session of the first one."""
    require_chromium()
    driver = start_browser(str(tmp_path / "second-profile"), 1280, 1000)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for_path(driver, base: str, path: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, PAGE_SECONDS).until(lambda d: d.current_url == base + path, f"{path} never loaded")


def heading(driver) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, "main h1").text


def logged_in_as(driver) -> str:
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.CSS_SELECTOR, "header .who strong")
    return found[0].text if found else ""


def flash_text(driver) -> str:
    from selenium.webdriver.common.by import By

    return " ".join(item.text for item in driver.find_elements(By.CSS_SELECTOR, ".flashes .flash"))


def assert_refused(driver, reason: str) -> None:
    """The set-password page refuses the link: a heading, the reason as an alert, no password form."""
    from selenium.webdriver.common.by import By

    assert heading(driver) == "This link cannot be used"
    assert driver.find_element(By.CSS_SELECTOR, "main [role=alert]").text == reason
    assert driver.find_elements(By.CSS_SELECTOR, "main form, main input[type=password]") == []
    assert driver.find_element(By.LINK_TEXT, "Go to the login page").is_displayed()


def fill(driver, **values: str) -> None:
    """Type into the fields with these ids, replacing what they hold."""
    from selenium.webdriver.common.by import By

    for field_id, value in values.items():
        box = driver.find_element(By.ID, field_id)
        box.clear()
        box.send_keys(value)


def press(driver, label: str) -> None:
    """Press the main content's button with this label."""
    from selenium.webdriver.common.by import By

    follow(driver, driver.find_element(By.XPATH, f"//main//button[normalize-space()='{label}']"))


def log_out(driver, base: str) -> None:
    from selenium.webdriver.common.by import By

    follow(driver, driver.find_element(By.XPATH, "//header//button[normalize-space()='Log out']"))
    assert driver.current_url == base + "/login"


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_an_invited_user_sets_a_password_in_a_clean_browser_and_the_link_works_once(
    app: Flask, world: SimpleNamespace, live_url: str, browser, second_browser
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    log_in(browser, live_url, "admin@example.org")
    follow(browser, browser.find_element(By.LINK_TEXT, "Accounts"))
    follow(browser, browser.find_element(By.LINK_TEXT, "Create an account"))
    fill(browser, email=INVITED)
    Select(browser.find_element(By.ID, "role")).select_by_value("editor")
    press(browser, "Create account")
    assert heading(browser) == f"Account created for {INVITED}"
    assert "E-mail is not set up on this server, so the link was not sent" in browser.find_element(By.ID, "main").text
    shown = browser.find_element(By.ID, "link-url").get_attribute("value")
    path = urlsplit(shown).path  # the page shows the public URL; the link is opened on this test server
    assert path.startswith("/account/set-password/")
    screenshot(browser, "admin-account-invited.png")

    # A link older than the invitation lifetime is refused, in words, with no form.
    hours = app.extensions["bot_settings"].invitation_link_hours
    expired = link_for(app, world.engine, INVITED, "invitation", utcnow() - dt.timedelta(hours=hours, minutes=1))
    second_browser.get(live_url + expired)
    assert_refused(second_browser, EXPIRED)
    screenshot(second_browser, "account-link-expired.png")

    second_browser.get(live_url + path)
    assert heading(second_browser) == "Choose your password"
    assert INVITED in second_browser.find_element(By.ID, "main").text and logged_in_as(second_browser) == ""
    fill(second_browser, new_password="too short", confirm="too short")
    press(second_browser, "Set password")
    assert "at least 12 characters" in second_browser.find_element(By.ID, "new_password-error").text
    fill(second_browser, new_password=NEW_PASSWORD, confirm=NEW_PASSWORD)
    screenshot(second_browser, "account-set-password.png")
    press(second_browser, "Set password")
    wait_for_path(second_browser, live_url, "/admin")
    assert "Your password is set and you are logged in" in flash_text(second_browser)
    assert logged_in_as(second_browser) == INVITED
    screenshot(second_browser, "account-password-set.png")

    second_browser.get(live_url + path)  # used once: refused now
    assert_refused(second_browser, USED)
    screenshot(second_browser, "account-link-used.png")

    log_out(second_browser, live_url)
    log_in(second_browser, live_url, INVITED, NEW_PASSWORD)
    wait_for_path(second_browser, live_url, "/admin")
    assert logged_in_as(second_browser) == INVITED
    assert logged_in_as(browser) == "admin@example.org"  # the admin's own session was not touched


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_a_user_changes_their_own_password_in_chromium(
    app: Flask, world: SimpleNamespace, live_url: str, browser
) -> None:
    from selenium.webdriver.common.by import By

    log_in(browser, live_url, "editor@example.org")
    follow(browser, browser.find_element(By.LINK_TEXT, "Change password"))
    assert browser.current_url == live_url + "/account/password"
    fill(browser, current_password="not my password at all", new_password=NEW_PASSWORD, confirm=NEW_PASSWORD)
    press(browser, "Change password")

    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert summary.find_element(By.TAG_NAME, "h2").text == "There is a problem"
    links = [(a.text, a.get_attribute("href")) for a in summary.find_elements(By.CSS_SELECTOR, "li a")]
    assert links == [
        ("Current password: Your current password is not correct.", live_url + "/account/password#current_password")
    ]
    assert browser.execute_script("return document.activeElement.classList.contains('error-summary')")
    assert browser.find_element(By.ID, "current_password-error").text == "Your current password is not correct."
    assert browser.find_element(By.ID, "current_password").get_attribute("aria-invalid") == "true"
    screenshot(browser, "account-password-wrong-current.png")

    fill(browser, current_password=PASSWORD, new_password=NEW_PASSWORD, confirm=NEW_PASSWORD)
    press(browser, "Change password")
    wait_for_path(browser, live_url, "/admin")
    assert "Your password has been changed" in flash_text(browser)
    assert logged_in_as(browser) == "editor@example.org"  # this session goes on
    screenshot(browser, "account-password-changed.png")

    log_out(browser, live_url)
    log_in(browser, live_url, "editor@example.org")  # the old password
    assert browser.find_element(By.CSS_SELECTOR, "main [role=alert]").text == "E-mail or password is incorrect."
    assert logged_in_as(browser) == ""
    log_in(browser, live_url, "editor@example.org", NEW_PASSWORD)
    wait_for_path(browser, live_url, "/admin")
    assert logged_in_as(browser) == "editor@example.org"
