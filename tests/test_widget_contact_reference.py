"""The inquiry reference in the visitor's chat, in headless Chromium against the real servers: the contact
form's placeholder, confirmation and copy button keep the reference safe, and it is e-mailed only to an
address from that request (without SMTP, none is offered). E-mailing needs an SMTP server the action
server knows of, so these tests run a second stack (action server, Rasa server, web app) over the same
database, its SMTP pointed at a loopback aiosmtpd server, as ``tests/test_outbox.py`` uses.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.inquiries.contact import mask_contact
from bot.models import Inquiry
from tests.browser_helpers import (  # noqa: F401 - fixtures are used by name
    MILES,
    bot_texts,
    chromium,
    focused,
    open_browser,
    press,
    reply_after,
    screenshot,
    state,
    type_message,
    wait_for,
    widget,
)
from tests.chat import Conversation, cards, texts
from tests.smtp_sink import smtp_server
from tests.widget_helpers import (
    ROOT_JS,
    VISITOR_EMAIL,
    assert_header_on_one_line,
    choice,
    click_choice,
    open_phone_chat,
    placeholder,
    show_latest,
    too_small,
    wait_placeholder,
)
from tooling.stack import Stack, free_port

# ---------------------------------------------------------------- a second stack that can send e-mail


@pytest.fixture(scope="module")
def mail_stack(servers, trained_model, tmp_path_factory) -> Iterator[Stack]:
    """Action server, Rasa server and web app over the ``servers`` database, sending e-mail to a loopback sink."""
    smtp_port, rasa_port, web_port = free_port(), free_port(), free_port()
    with smtp_server(smtp_port) as sink:
        stack = Stack(
            model=trained_model,
            rasa_port=rasa_port,
            action_port=free_port(),
            web_port=web_port,
            env={
                "DATABASE_URL": servers.env["DATABASE_URL"],
                "SMTP_HOST": "127.0.0.1",
                "SMTP_PORT": str(smtp_port),
                "SMTP_SECURITY": "none",
                "MAIL_FROM": "Ketamine assistant <no-reply@assistant.test>",
                "CHAT_SERVER_URL": f"http://127.0.0.1:{rasa_port}",
                "CORS_ORIGINS": f"http://127.0.0.1:{web_port}",
            },
            log_dir=tmp_path_factory.mktemp("mail-stack") / "logs",
        )
        stack.start(web=True)
        try:
            stack.engine, stack.sink = servers.engine, sink
            yield stack
        finally:
            stack.stop()


# ---------------------------------------------------------------- the reference: placeholder, confirm, copy, e-mail


def allow_clipboard(url_of):
    def grant(driver) -> None:
        driver.execute_cdp_cmd(
            "Browser.grantPermissions",
            {"origin": url_of(), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
        )

    return grant


def test_a_contact_request_follows_the_form_and_keeps_the_reference_safe(open_browser, mail_stack) -> None:
    driver = open_phone_chat(open_browser, mail_stack.web_url, before_load=allow_clipboard(lambda: mail_stack.web_url))
    assert placeholder(driver) == "Type your question…"
    count = len(state(driver)["messages"])
    type_message(driver, "Any ketamine clinics near 30301?")
    current = wait_for(
        driver, lambda s: sum(bool(MILES.search(m["text"])) for m in s["messages"][count:]) >= 2, "clinic cards"
    )
    first = next(m for m in current["messages"][count:] if MILES.search(m["text"]))
    clinic = MILES.search(first["text"]).group(1)
    click_choice(driver, f"Contact {clinic}")

    # The message box says what is being asked, step by step.
    for answer, asked in (
        ("Sam", "Your first name"),
        (VISITOR_EMAIL, "E-mail address or US phone number"),
        ("weekday mornings", 'A good time, or "any time"'),
        ("nothing", 'A short note, or "nothing"'),
    ):
        wait_placeholder(driver, asked)
        type_message(driver, answer)
    reply_after(driver, count, "Do you agree", "the consent question")
    assert placeholder(driver) == "Type your question…"
    answered = driver.execute_script(
        ROOT_JS
        + """
        return [...root.querySelectorAll('.kt-choice')].filter(b => b.textContent.startsWith('Contact '))
          .map(b => [b.disabled, b.tabIndex]);"""
    )
    assert answered and all(entry == [True, -1] for entry in answered)
    click_choice(driver, "Yes, I agree")
    reply_after(driver, count, "Shall I send it?", "the read-back")
    assert choice(driver, "Yes, I agree").get_property("disabled") is True
    click_choice(driver, "Yes, send it")
    done = reply_after(driver, count, "Your reference is", "the reference")
    reference = done["text"].split("Your reference is ")[1][:12]
    assert done["buttons"] == ["E-mail me this reference"]
    assert "talk to someone sooner, call\u00a0988 or text\u00a0988 (free, 24/7)." in done["text"]
    crisis = [(link["href"], link["text"]) for link in done["links"] if link["text"] == "988"]
    assert crisis == [("tel:988", "988"), ("sms:988", "988")]  # written out in words by the action: tappable here

    shown = driver.execute_script(
        ROOT_JS
        + """
        const ref = [...root.querySelectorAll('.kt-reference')].pop();
        return {space: getComputedStyle(ref).whiteSpace, lines: ref.querySelector('.kt-reference-code')
                  .getClientRects().length, code: ref.querySelector('.kt-reference-code').textContent,
                copy: ref.querySelector('.kt-copy').textContent};"""
    )
    assert shown == {"space": "nowrap", "lines": 1, "code": reference, "copy": f"Copy reference {reference}"}
    copy = driver.execute_script(ROOT_JS + "return [...root.querySelectorAll('.kt-copy')].pop();")
    copy.click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script(ROOT_JS + "return root.querySelector('.kt-announcer').textContent;") == "Copied"
    )
    assert (
        driver.execute_script(ROOT_JS + "return root.querySelector('.kt-announcer').getAttribute('role');") == "status"
    )
    assert copy.text.startswith("Copied")
    assert (
        driver.execute_async_script("navigator.clipboard.readText().then(arguments[0], () => arguments[0]('?'))")
        == reference
    )

    assert not too_small(driver), too_small(driver)
    assert_header_on_one_line(driver, 360)
    show_latest(driver, ".kt-msg")
    screenshot(driver, "phone-reference.png")

    # E-mailed, on request, to the address given in this request and nowhere else; the chat shows it masked.
    count = len(state(driver)["messages"])
    click_choice(driver, "E-mail me this reference")
    sent = reply_after(driver, count, "e-mailed", "the e-mail confirmation")
    assert mask_contact(VISITOR_EMAIL) in sent["text"]
    assert not any(VISITOR_EMAIL in text for text in bot_texts(state(driver)))  # only the visitor's own message
    wait_for(driver, lambda s: mail_stack.sink.envelopes, "the e-mail", timeout=20)
    [envelope] = mail_stack.sink.envelopes
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert envelope.rcpt_tos == [VISITOR_EMAIL] and reference in message["Subject"]
    body = message.get_content()
    assert reference in body and clinic in body and "988" in body and "Sam" not in body
    with session_scope(mail_stack.engine) as session:
        inquiry = session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one()
        assert inquiry.contact == VISITOR_EMAIL and inquiry.clinic.name == clinic
    assert choice(driver, "E-mail me this reference").get_property("disabled") is True

    # "New conversation" asks first while the reference is on screen: Escape keeps it, "Start over" clears it.
    from selenium.webdriver.common.keys import Keys

    before = state(driver)
    widget(driver, ".kt-new").click()
    dialog = driver.execute_script(
        ROOT_JS
        + """
        const box = root.querySelector('.kt-confirm');
        return {shown: !box.hidden, role: box.getAttribute('role'), modal: box.getAttribute('aria-modal'),
                text: box.textContent, log_inert: root.querySelector('.kt-log').inert};"""
    )
    assert dialog["shown"] and dialog["role"] == "alertdialog" and dialog["modal"] == "true" and dialog["log_inert"]
    assert reference in dialog["text"] and focused(driver)["text"] == "Keep this conversation"
    assert not too_small(driver), too_small(driver)
    press(driver, Keys.TAB)
    assert focused(driver)["text"] == "Start over"
    press(driver, Keys.TAB)
    assert focused(driver)["text"] == "Keep this conversation"  # focus stays in the question
    press(driver, Keys.ESCAPE)
    kept = state(driver)
    assert kept["panel_open"] and kept["messages"] == before["messages"] and kept["session"] == before["session"]
    assert focused(driver)["className"].endswith("kt-new")
    widget(driver, ".kt-new").click()
    widget(driver, ".kt-confirm-start").click()
    # (The greeting itself may be asked to wait: this test sends faster than the channel's burst limit.)
    fresh = wait_for(driver, lambda s: s["session"] and s["session"] != before["session"], "a new session")
    assert not any(reference in message["text"] or message["who"] == "user" for message in fresh["messages"])
    assert placeholder(driver) == "Type your question…"


def test_a_reference_is_never_emailed_without_an_address_from_that_request(mail_stack) -> None:
    chat = Conversation(mail_stack.rasa_url)
    assert "no contact request in this conversation" in texts(chat.say("/email_reference"))
    found = cards(chat.say("Any ketamine clinics near 30301?"))
    assert found
    chat.say("contact the first clinic")
    for answer in ("Alex", "404-555-0188", "any time", "nothing", "/affirm"):
        chat.say(answer)
    done = chat.say("/affirm")
    assert "reference is **" in texts(done) and not any(reply.get("buttons") for reply in done)  # phone: no button
    before = len(mail_stack.sink.envelopes)
    reply = texts(chat.say("can you email me the reference please"))
    assert "can't e-mail the reference" in reply and "phone" in reply
    assert len(mail_stack.sink.envelopes) == before


def test_without_smtp_no_email_is_offered_and_the_visitor_is_told_plainly(servers) -> None:
    chat = Conversation(servers.rasa_url)
    assert cards(chat.say("Any ketamine clinics near 30301?"))
    chat.say("contact the first clinic")
    for answer in ("Robin", "robin@example.org", "any time", "nothing", "/affirm"):
        chat.say(answer)
    done = chat.say("/affirm")
    assert "reference is **" in texts(done) and not any(reply.get("buttons") for reply in done)
    reference = texts(done).split("reference is **")[1][:12]
    reply = texts(chat.say("/email_reference"))
    assert "can't send e-mail right now" in reply and reference in reply and "robin" not in reply
