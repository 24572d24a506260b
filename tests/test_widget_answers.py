"""Compact answers with folded sources and "Helpful? Yes / No" with a reason, on a 360-pixel phone in
headless Chromium against the real servers; the feedback is read back from the database."""

from __future__ import annotations

import re

import pytest

from tests.browser_helpers import (  # noqa: F401 - fixtures are used by name
    CONTRAST_JS,
    chromium,
    open_browser,
    overflowing,
    press,
    reply_after,
    screenshot,
    severe_console_errors,
    state,
    type_message,
    wait_for,
)
from tests.chat import CLASSIFIER_ONLY_CRISIS_NEAR
from tests.widget_helpers import click_choice, open_phone_chat

pytestmark = pytest.mark.servers

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
    driver = open_phone_chat(open_browser)
    count = len(state(driver)["messages"])
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
    overflow = overflowing(driver, 360)
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


def test_a_single_entry_offered_on_a_360_pixel_phone(open_browser, servers) -> None:
    """A did-you-mean with one entry: asked in words for one, the entry's question and "Something
    else" as buttons that fit the phone, and tapping the entry answers it."""
    driver = open_phone_chat(open_browser)
    count = len(state(driver)["messages"])
    type_message(driver, "is this clinic sketchy")
    offer = reply_after(driver, count, "Did you mean", "a did-you-mean")
    assert offer["text"] == "I want to be sure I answer the right question. Did you mean this?"
    assert offer["buttons"] == ["How do I choose a safe ketamine clinic, and what should I ask?", "Something else"]
    overflow = overflowing(driver, 360)
    assert overflow == []
    screenshot(driver, "phone-did-you-mean.png")
    count = len(state(driver)["messages"])
    click_choice(driver, "How do I choose a safe ketamine clinic, and what should I ask?")
    reply_after(driver, count, "How do I choose a safe ketamine clinic", "the offered entry's answer")
    assert severe_console_errors(driver) == []


def test_the_offer_after_a_false_alarm_on_a_360_pixel_phone(open_browser, servers) -> None:
    """A question the classifier alone reads as a crisis, with entries close to it: the crisis reply
    first, then the offer's one button, which fits the phone; tapping it shows the did-you-mean."""
    driver = open_phone_chat(open_browser)
    count = len(state(driver)["messages"])
    type_message(driver, CLASSIFIER_ONLY_CRISIS_NEAR)
    offer = reply_after(driver, count, "If you're safe right now", "the offer after the crisis resources")
    replies = [m for m in state(driver)["messages"][count:] if m["who"] == "bot"]
    assert "741741" in replies[0]["text"] and replies[-1] == offer, "the resources first, the offer last"
    assert offer["buttons"] == ["I'm safe, answer my question"]
    assert overflowing(driver, 360) == []
    count = len(state(driver)["messages"])
    click_choice(driver, "I'm safe, answer my question")
    choices = reply_after(driver, count, "Did you mean", "the did-you-mean after the tap")
    assert "What are the side effects of ketamine?" in choices["buttons"] and choices["buttons"][-1] == "Something else"
    screenshot(driver, "phone-offer-after-false-alarm.png")
    assert severe_console_errors(driver) == []
