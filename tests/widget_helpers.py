"""Helpers the widget-experience browser test modules share: scripts that read the widget's shadow root
(touch targets, the header), its bot messages' links and choice buttons, the message box's placeholder,
and a phone-sized chat opened on the demo page.
"""

from __future__ import annotations

from typing import Any

from tests.browser_helpers import greeted, wait_for, widget

VISITOR_EMAIL = "sam.visitor@example.com"

# The shadow root, its panel's latest bot messages and their links, as the checks below need them.
ROOT_JS = "const root = document.getElementById('ketamine-chat').shadowRoot;"

# Every control a visitor can see, with its size: buttons, links, the message box, disclosures.
TARGETS_JS = (
    ROOT_JS
    + """
const seen = el => el.getClientRects().length > 0 && !el.closest('.kt-sr') && !el.closest('[hidden]');
return [...root.querySelectorAll('.kt-panel button, .kt-panel a, .kt-panel input, .kt-panel summary')]
  .filter(seen).map(el => { const r = el.getBoundingClientRect();
    return {text: el.textContent.trim().slice(0, 40), width: r.width, height: r.height}; });
"""
)

HEADER_JS = (
    ROOT_JS
    + """
const header = root.querySelector('.kt-header'), title = root.querySelector('.kt-title');
const tops = [...header.children].filter(el => el.getClientRects().length).map(el => {
  const r = el.getBoundingClientRect(); return r.top + r.height / 2; });
return {cut: title.scrollWidth > title.clientWidth, height: title.getBoundingClientRect().height,
        line: parseFloat(getComputedStyle(title).lineHeight), middles: tops,
        right: header.getBoundingClientRect().right};
"""
)


def bot_links(driver, start: int = 0) -> list[list[dict[str, str]]]:
    """Per bot message from ``start``: its links with href, target, rel and text."""
    return driver.execute_script(
        ROOT_JS
        + """
        return [...root.querySelectorAll('.kt-msg')].slice(arguments[0]).filter(m => m.matches('.kt-from-bot'))
          .map(m => [...m.querySelectorAll('.kt-bubble a')].map(a => ({href: a.getAttribute('href'),
            target: a.target, rel: a.rel, text: a.textContent})));""",
        start,
    )


def choice(driver, title: str):
    """The latest suggested-reply button with this title (a real element, for a real click)."""
    return driver.execute_script(
        ROOT_JS
        + """
        return [...root.querySelectorAll('.kt-choice')].filter(b => b.textContent === arguments[0]).pop();""",
        title,
    )


def click_choice(driver, title: str) -> None:
    """Scrolled into the conversation's view as a visitor would (scrollIntoView would scroll the panel too)."""
    button = choice(driver, title)
    driver.execute_script(
        ROOT_JS
        + """
        const log = root.querySelector('.kt-log');
        log.scrollTop = arguments[0].offsetTop - log.offsetTop - log.clientHeight / 2;""",
        button,
    )
    button.click()


def placeholder(driver) -> str:
    return driver.execute_script(ROOT_JS + "return root.querySelector('#kt-input').placeholder;")


def wait_placeholder(driver, expected: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 60, poll_frequency=0.2).until(
        lambda d: placeholder(d) == expected, f"placeholder {expected!r}; it is {placeholder(driver)!r}"
    )


def too_small(driver) -> list[dict[str, Any]]:
    return [target for target in driver.execute_script(TARGETS_JS) if target["width"] < 24 or target["height"] < 24]


def assert_header_on_one_line(driver, width: int) -> None:
    header = driver.execute_script(HEADER_JS)
    assert not header["cut"], header  # the whole title shows
    assert header["height"] <= header["line"] * 1.5, header  # one line of text
    assert max(header["middles"]) - min(header["middles"]) <= 2, header  # title and buttons side by side
    assert header["right"] <= width


def open_phone_chat(open_browser, url: str | None = None, before_load=None):
    """A 360 x 740 phone with the chat opened and greeted (on ``url``'s demo page if given)."""
    driver = open_browser(360, 740, mobile=True, before_load=before_load)
    if url:
        driver.get(url + "/")
    wait_for(driver, lambda s: s["launcher_shown"], "the chat button", timeout=20)
    widget(driver, ".kt-launcher").click()
    greeted(driver)
    return driver


def show_latest(driver, selector: str) -> None:
    """Scroll the conversation so the last match of ``selector`` ends at the bottom (for a screenshot)."""
    driver.execute_script(
        ROOT_JS
        + """
        const log = root.querySelector('.kt-log'), target = [...root.querySelectorAll(arguments[0])].pop();
        log.scrollTop = target.offsetTop + target.offsetHeight - log.offsetTop - log.clientHeight + 8;""",
        selector,
    )
