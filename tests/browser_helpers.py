"""Fixtures and helpers the headless-Chromium tests share: the browser, the widget's state read from
its shadow root, keyboard input, logging in and following links on the staff pages, and where
screenshots go.

Chromium and chromedriver come from Debian (``apt-get install chromium chromium-driver``); missing,
the tests skip locally and fail under CI=true. Test modules import the fixtures by name.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from flask import Flask
from werkzeug.serving import make_server

from bot.config import PROJECT_ROOT
from tests.conftest import require_made, require_service
from tests.web_helpers import PASSWORD

CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
VENDOR = "web/static/vendor/socket.io.min.js"  # the Makefile target of `make widget`
MILES = re.compile(r"^(.+?): ([\d.]+) miles", re.M)
REPLY_SECONDS = 60
PAGE_SECONDS = 10

# Screenshots go to var/screenshots/ (git-ignored); UPDATE_SCREENSHOTS=1 refreshes the committed ones.
SCREENSHOTS = PROJECT_ROOT / ("docs" if os.environ.get("UPDATE_SCREENSHOTS") == "1" else "var") / "screenshots"

# Everything the tests read from the widget's shadow root, in one call.
STATE_JS = """
const host = document.getElementById('ketamine-chat');
if (!host || !host.shadowRoot) { return null; }
const root = host.shadowRoot;
const shown = el => !!el && !el.hidden && el.getClientRects().length > 0;
return {
  messages: [...root.querySelectorAll('.kt-msg')].map(m => ({
    who: m.className.replace(/.*kt-from-(\\w+).*/, '$1'),
    text: m.querySelector('.kt-bubble').textContent,
    html_tags: [...m.querySelector('.kt-bubble').querySelectorAll('*')].map(e => e.tagName.toLowerCase()),
    buttons: [...m.querySelectorAll('.kt-choice')].map(b => b.textContent),
    links: [...m.querySelectorAll('.kt-bubble a')].map(a => ({href: a.getAttribute('href'), target: a.target,
                                                             rel: a.rel, text: a.textContent})),
  })),
  panel_open: shown(root.querySelector('.kt-panel')),
  launcher_shown: shown(root.querySelector('.kt-launcher')),
  typing: shown(root.querySelector('.kt-typing')),
  status: shown(root.querySelector('.kt-status')) ? root.querySelector('.kt-status').textContent : '',
  session: sessionStorage.getItem('ketamine-chat:' + document.querySelector('script[data-server]').dataset.server + ':session'),
  images: document.querySelectorAll('img').length + root.querySelectorAll('img').length,
};
"""


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


def require_chromium() -> None:
    """Skip (fail under CI=true) when Debian's Chromium or chromedriver is missing."""
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not os.access(path, os.X_OK)]
    if missing:
        require_service("Chromium", f"{', '.join(missing)} not found (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="session")
def chromium() -> None:
    """Chromium, and the widget's socket.io client from npm, which ``make test`` installs before the suite
    (a fixture never installs anything)."""
    require_chromium()
    require_made(VENDOR, "widget")


def start_browser(profile: str, width: int, height: int, mobile: bool = False):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )
    return driver


@pytest.fixture
def open_browser(chromium, servers) -> Iterator[Callable[..., Any]]:
    """Opens headless Chromium windows (closed after the test); each starts on the demo page."""
    drivers = []

    def opener(width: int = 1280, height: int = 800, *, mobile: bool = False, before_load=None):
        profile = tempfile.mkdtemp(prefix="chromium-profile-")
        driver = start_browser(profile, width, height, mobile)
        drivers.append((driver, profile))
        if before_load:
            before_load(driver)
        driver.get(servers.web_url + "/")
        return driver

    yield opener
    for driver, profile in drivers:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def state(driver) -> dict:
    return driver.execute_script(STATE_JS)


def wait_for(driver, condition: Callable[[dict], Any], what: str, timeout: float = REPLY_SECONDS) -> dict:
    """The widget's state once ``condition`` holds for it."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.2).until(
            lambda d: (lambda s: s if s and condition(s) else False)(state(d))
        )
    except TimeoutException:
        raise AssertionError(f"timed out waiting for {what}; widget state: {state(driver)}") from None


def widget(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, "ketamine-chat").shadow_root.find_element(By.CSS_SELECTOR, selector)


def bot_texts(current: dict) -> list[str]:
    return [message["text"] for message in current["messages"] if message["who"] == "bot"]


def greeted(driver) -> dict:
    return wait_for(
        driver,
        lambda s: s["session"] and any("What would you like to know?" in text for text in bot_texts(s)),
        "the greeting",
    )


def type_message(driver, text: str) -> None:
    """Typed in the message box and sent with Enter, as a keyboard user would."""
    from selenium.webdriver.common.keys import Keys

    box = widget(driver, "#kt-input")
    box.click()
    box.send_keys(text, Keys.ENTER)


def reply_after(driver, count: int, contains: str, what: str) -> dict:
    """The first bot message after the first ``count`` messages that contains ``contains``."""
    current = wait_for(
        driver, lambda s: any(contains in m["text"] for m in s["messages"][count:] if m["who"] == "bot"), what
    )
    return next(m for m in current["messages"][count:] if m["who"] == "bot" and contains in m["text"])


def overflowing(driver, width: int) -> list[str]:
    """The chat panel's elements that reach past ``width`` pixels (a pixel of rounding allowed)."""
    return driver.execute_script(
        """
        const root = document.getElementById('ketamine-chat').shadowRoot;
        return [...root.querySelectorAll('.kt-panel *')].filter(e => e.getBoundingClientRect().right > arguments[0] + 1)
            .map(e => e.className || e.tagName);""",
        width,
    )


def press(driver, *keys: str) -> None:
    """Keys to whatever has the focus (inside the widget's shadow root too)."""
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(*keys).perform()


def focused(driver) -> dict:
    return driver.execute_script("""
        const el = document.getElementById('ketamine-chat').shadowRoot.activeElement;
        if (!el) { return null; }
        const style = getComputedStyle(el);
        return {id: el.id, className: el.className, text: el.textContent.trim(),
                outline: [style.outlineStyle, style.outlineWidth, style.boxShadow]};""")


def severe_console_errors(driver) -> list[str]:
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry["level"] == "SEVERE" and "favicon.ico" not in entry["message"]
    ]


def screenshot_path(name: str) -> Path:
    """Where a screenshot called ``name`` is written (see SCREENSHOTS), its directory created."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / name


def screenshot(driver, name: str) -> None:
    assert driver.save_screenshot(str(screenshot_path(name)))


# ---------------------------------------------------------------- the web app alone in Chromium (no Rasa)


@pytest.fixture
def live_url(app: Flask, world: SimpleNamespace) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture
def browser() -> Iterator[object]:
    require_chromium()
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    driver = start_browser(profile, 1280, 1000)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def follow(driver, element) -> None:
    """Click a link or submit button and wait for the next page, so nothing is read from the old one."""
    from selenium.webdriver.support.ui import WebDriverWait

    element.click()
    wait = WebDriverWait(driver, PAGE_SECONDS)
    wait.until(lambda d: _gone(element), "the page did not change")
    # The old page is gone as soon as the new one starts; its elements are usable once it has loaded.
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete", "the page did not load")


def _gone(element) -> bool:
    """The element's page was replaced. Selenium's ``staleness_of`` misses one way Chromium says so:
    while the old document is torn down, a call on its node fails with "Node with given id does
    not belong to the document" (an unknown error, not a stale reference)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise
    return False


def log_in(driver, base: str, email: str, password: str = PASSWORD) -> None:
    """Log in on the login page as a user types it."""
    from selenium.webdriver.common.by import By

    driver.get(base + "/login")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    follow(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
