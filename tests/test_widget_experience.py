"""The visitor's chat in headless Chromium against the real servers: clinic cards that read at a glance,
crisis numbers and clinic cards that can be tapped on a 360 px phone, answered buttons, touch targets
and a one-line header, and long clinic host names that break only after a dot. The inquiry reference is in
``tests/test_widget_contact_reference.py``.
"""

from __future__ import annotations

from urllib.parse import quote

from bot.directory.presentation import clinic_card
from bot.directory.search import ClinicHit
from tests.browser_helpers import (  # noqa: F401 - fixtures are used by name
    MILES,
    chromium,
    open_browser,
    overflowing,
    reply_after,
    screenshot,
    state,
    type_message,
    wait_for,
)
from tests.chat import CHECK_IN_QUESTION
from tests.clinic_factory import make_clinic
from tests.widget_helpers import ROOT_JS, assert_header_on_one_line, bot_links, open_phone_chat, show_latest, too_small

# ---------------------------------------------------------------- clinic cards (no servers)


def test_a_clinic_card_reads_at_a_glance() -> None:
    clinic = make_clinic("bay", 33.7, -84.4, telehealth=True, treatments=["iv", "esketamine"])
    clinic.name, clinic.website, clinic.phone = (
        "Bay Clinic (sample)",
        "https://www.bay-clinic.example/start",
        "404.555.0100",
    )
    clinic.insurance_notes = "Self-pay; superbill provided for out-of-network reimbursement."
    lines = clinic_card(ClinicHit(clinic, 2.345)).split("\n")
    address = "1 Example Ave, Atlanta, GA 30301"
    assert lines == [
        "**Bay Clinic (sample)**: 2.3 miles",
        f"{address} · [Directions](https://www.google.com/maps/search/?api=1&query={quote(address, safe='')})",
        "Phone: [404.555.0100](tel:+14045550100) · [bay-clinic.example](https://www.bay-clinic.example/start)",
        "Offers: IV infusion, esketamine nasal spray (SPRAVATO)",
        "Visits: in person and by telehealth.",
        "Payment: Self-pay; superbill provided for out-of-network reimbursement.",  # not "Self-pay (Self-pay; …)"
        "_License last verified October 23, 2026._",
    ]
    clinic.accepts_insurance, clinic.telehealth, clinic.website = True, False, None
    clinic.insurance_notes, clinic.phone = "Most commercial plans and Medicare accepted", "call 555-0100"
    card = clinic_card(ClinicHit(clinic, 12))
    assert "Visits: in person only." in card and "Payment: Insurance accepted. Most commercial plans" in card
    assert "Phone: call 555-0100\n" in card  # not a full US number: left as text, never a broken tel: link
    clinic.insurance_notes = None
    assert "Payment: Insurance accepted.\n" in clinic_card(ClinicHit(clinic, 12))


# ---------------------------------------------------------------- tap to call, cards, answered buttons


def test_crisis_numbers_and_clinic_cards_can_be_tapped_on_a_phone(open_browser) -> None:
    driver = open_phone_chat(open_browser)
    driver.execute_script(
        ROOT_JS
        + """
        const typing = root.querySelector('.kt-typing'), status = root.querySelector('.kt-typing-status');
        window.__typingSays = [];
        new MutationObserver(() => { if (!typing.hidden) { window.__typingSays.push(
            [status.getAttribute('role'), status.getAttribute('aria-live'), status.textContent,
             typing.querySelector('.kt-dots').getBoundingClientRect().height]); } })
            .observe(typing, {attributes: true, attributeFilter: ['hidden']});"""
    )
    count = len(state(driver)["messages"])
    type_message(driver, "honestly i want to kill myself")
    reply_after(driver, count, "988", "the crisis resources")
    assert driver.execute_script("return window.__typingSays")[0][:3] == ["status", "polite", "Assistant is typing…"]
    assert driver.execute_script("return window.__typingSays")[0][3] >= 24  # a visible bubble
    [crisis] = [links for links in bot_links(driver, count) if links]
    hrefs = {link["href"]: link for link in crisis}
    for href in (
        "tel:988",
        "sms:988",
        "sms:988?&body=AYUDA",
        "tel:911",
        "sms:741741?&body=HOME",
        "tel:+18002221222",
        "sms:838255",
    ):
        assert href in hrefs, crisis
        assert hrefs[href]["target"] == "" and "new tab" not in hrefs[href]["text"]  # the phone handles it
    assert hrefs["tel:+18002221222"]["text"] == "1-800-222-1222" and hrefs["sms:741741?&body=HOME"]["text"] == "741741"
    screenshot(driver, "phone-crisis.png")
    note = driver.execute_script(
        ROOT_JS
        + """
        const note = root.querySelector('.kt-note');
        return {text: note.textContent, links: [...note.querySelectorAll('a')].map(a => [a.getAttribute('href'),
                a.textContent, a.target])};"""
    )
    assert note["text"] == "Information, not medical advice. In a crisis, call\u00a0988 or text\u00a0988."
    assert note["links"] == [["tel:988", "988", ""], ["sms:988", "988", ""]]  # the footer's 988 can be tapped too
    # A medical emergency that is not about suicide: the reply leads with a tappable 911.
    count = len(state(driver)["messages"])
    type_message(driver, "my wife is clutching her chest and sweating, should i wait?")
    reply_after(driver, count, "medical emergency", "the emergency reply")
    [emergency] = [links for links in bot_links(driver, count) if links]
    assert emergency[0]["href"] == "tel:911" and emergency[0]["text"] == "911"
    assert {"tel:+18002221222", "tel:988", "sms:741741?&body=HOME"} <= {link["href"] for link in emergency}
    screenshot(driver, "phone-emergency.png")
    greeting_buttons = driver.execute_script(
        ROOT_JS
        + """
        return [...root.querySelectorAll('.kt-msg')][0].querySelectorAll('.kt-choice').length;"""
    )
    assert greeting_buttons == 3

    count = len(state(driver)["messages"])
    type_message(driver, "Any ketamine clinics near 30301?")
    current = wait_for(
        driver, lambda s: sum(bool(MILES.search(m["text"])) for m in s["messages"][count:]) >= 3, "three clinic cards"
    )
    found = [m for m in current["messages"][count:] if m["who"] == "bot" and MILES.search(m["text"])]
    for card, links in zip(found, [links for links in bot_links(driver, count) if len(links) >= 2], strict=False):
        name = MILES.search(card["text"]).group(1)
        assert card["buttons"] == [f"Contact {name}"]
        assert "Self-pay (Self-pay" not in card["text"] and "Visits: " in card["text"]
        assert "Payment: " in card["text"] and "Offers: " in card["text"]
        by_text = {link["text"].replace(" (opens in a new tab)", ""): link for link in links}
        directions = by_text["Directions"]
        assert directions["href"].startswith("https://www.google.com/maps/search/?api=1&query=")
        assert directions["target"] == "_blank" and "noopener" in directions["rel"]
        [phone] = [link for link in links if link["href"].startswith("tel:+1")]
        assert len(phone["href"]) == len("tel:+14045550100") and phone["text"].startswith("(")
        [site] = [link for link in links if link["href"].startswith("https://") and link is not directions]
        assert site["text"] == site["href"].split("/")[2].removeprefix("www.") + " (opens in a new tab)"
    small_print = driver.execute_script(
        ROOT_JS
        + """
        const card = [...root.querySelectorAll('.kt-msg')].pop().querySelector('.kt-bubble');
        const last = card.lastElementChild;
        return [last.textContent, last.className, parseFloat(getComputedStyle(last).fontSize)];"""
    )
    assert small_print[0].startswith("License last verified") and small_print[1] == "kt-small" and small_print[2] < 16

    # Earlier turns' buttons are answered: disabled and out of the tab order; the cards' buttons are not.
    old_and_new = driver.execute_script(
        ROOT_JS
        + """
        const buttons = [...root.querySelectorAll('.kt-choice')];
        return buttons.map(b => [b.textContent, b.disabled, b.tabIndex]);"""
    )
    assert [entry[1:] for entry in old_and_new[:3]] == [[True, -1]] * 3
    assert all(entry[1:] == [False, 0] for entry in old_and_new[3:]) and len(old_and_new) == 6

    assert not too_small(driver), too_small(driver)
    assert_header_on_one_line(driver, 360)
    show_latest(driver, ".kt-msg")
    screenshot(driver, "phone-clinics.png")

    # Links from history are rendered by the same code: only http(s), tel: and sms: become links.
    driver.execute_script(
        """
        const key = 'ketamine-chat:' + document.querySelector('script[data-server]').dataset.server + ':history';
        sessionStorage.setItem(key, JSON.stringify([{who: 'bot', text: arguments[0]}]));""",
        "[a](javascript:alert(1)) [b](data:text/html,x) [c](tel:988) [d](sms:741741?&body=HOME) "
        "[e](tel:988;javascript:alert(1)) [f](sms:988?body=<script>) [g](vbscript:x) "
        "[h](https://example.org/)",
    )
    driver.refresh()
    restored = wait_for(driver, lambda s: s["messages"], "the planted history", timeout=20)
    assert restored["messages"][0]["text"] == "a b c d e f g h (opens in a new tab)"
    assert [link["href"] for link in restored["messages"][0]["links"]] == [
        "tel:988",
        "sms:741741?&body=HOME",
        "https://example.org/",
    ]


# A link's text as the lines it is shown on (one Range per character: where each line starts), the link's
# box and its bubble's, whether it is cut and its title; for every link whose text is a host name.
HOST_LINKS_JS = (
    ROOT_JS
    + """
return [...root.querySelectorAll('.kt-bubble a')].filter(a => /^[a-z0-9.-]+\\.[a-z]+$/.test(
    [...a.childNodes].filter(n => !(n.classList && n.classList.contains('kt-sr'))).map(n => n.textContent).join('')))
  .map(a => {
    const lines = [];
    let top = null;
    const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement.closest('.kt-sr')) { continue; }
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (top === null || rect.top > top + 4) { lines.push(''); top = rect.top; }
        lines[lines.length - 1] += node.data[i];
      }
    }
    const box = a.getBoundingClientRect(), bubble = a.closest('.kt-bubble').getBoundingClientRect();
    return {lines, title: a.title, cut: a.scrollWidth > a.clientWidth + 1, right: box.right,
            bubble_right: bubble.right, height: box.height};
  });
"""
)

LONG_HOSTS = [
    "bay-clinic.example",
    "ketamine-wellness-northside.clinic-group.example",
    "an-extraordinarily-long-single-label-clinic-name.example",
]


def test_the_check_in_line_comes_first_and_its_numbers_can_be_tapped_on_a_phone(open_browser) -> None:
    """A hurried question the classifier gives some crisis weight: one line about 988 and 911 (not the
    full resources), then the reply to the question itself."""
    driver = open_phone_chat(open_browser)
    count = len(state(driver)["messages"])
    type_message(driver, CHECK_IN_QUESTION)
    line = reply_after(driver, count, "988", "the check-in line")
    assert "741741" not in line["text"] and "911" in line["text"]
    current = wait_for(driver, lambda s: len([m for m in s["messages"][count:] if m["who"] == "bot"]) >= 2, "the reply")
    replies = [m for m in current["messages"][count:] if m["who"] == "bot"]
    assert replies[0] == line and "988" not in replies[1]["text"]
    [links, *_] = [links for links in bot_links(driver, count) if links]
    assert {link["href"] for link in links} == {"tel:988", "sms:988", "tel:911"}
    assert all(link["target"] == "" for link in links)  # the phone handles them
    driver.execute_script(  # the line at the top of the log, the reply below it
        ROOT_JS
        + """
        const log = root.querySelector('.kt-log');
        const line = [...root.querySelectorAll('.kt-msg')].filter(m => m.textContent.includes('988')).pop();
        log.scrollTop = line.offsetTop - log.offsetTop - 8;"""
    )
    screenshot(driver, "phone-check-in.png")


def test_long_clinic_host_names_break_only_after_a_dot_on_a_phone(open_browser) -> None:
    """A site's name as link text: whole pieces on a 360 px phone, never "ketamine-wellness-nor" / "thside"."""
    driver = open_phone_chat(open_browser)
    cards = [
        "\n".join(
            [
                f"**Clinic {number} (sample)**: 2.3 miles",
                f"Phone: [(404) 555-0100](tel:+14045550100) · [{host}](https://www.{host}/start)",
                "_License last verified October 23, 2026._",
            ]
        )
        for number, host in enumerate(LONG_HOSTS, 1)
    ]
    driver.execute_script(
        """
        const key = 'ketamine-chat:' + document.querySelector('script[data-server]').dataset.server + ':history';
        sessionStorage.setItem(key, JSON.stringify(arguments[0].map(text => ({who: 'bot', text}))));""",
        cards,
    )
    driver.refresh()
    wait_for(driver, lambda s: s["messages"], "the planted clinic cards", timeout=20)
    links = driver.execute_script(HOST_LINKS_JS)
    assert ["".join(link["lines"]) for link in links] == LONG_HOSTS
    assert [link["title"] for link in links] == LONG_HOSTS  # the whole name, also where it is cut
    short, dotted, single = links
    assert short["lines"] == ["bay-clinic.example"] and not short["cut"]
    assert dotted["lines"] == ["ketamine-wellness-northside.", "clinic-group.example"] and not dotted["cut"]
    assert single["lines"] == [LONG_HOSTS[2].removesuffix("example"), "example"] and single["cut"]  # an ellipsis
    for link in links:
        assert all(line.endswith(".") for line in link["lines"][:-1]), link  # broken only after a dot
        assert link["right"] <= link["bubble_right"] and link["height"] >= 24, link  # inside its bubble, tappable
    assert not too_small(driver), too_small(driver)
    show_latest(driver, ".kt-msg")
    screenshot(driver, "phone-host-names.png")


def test_the_reply_to_a_script_nothing_here_reads_in_the_visitor_s_language_on_a_phone(open_browser) -> None:
    """Persian: the English reply, then 988 and 911 with an interpreter in Persian, Dari, Urdu and Pashto, each
    number tappable, right-to-left lines inside a 360-pixel panel."""
    driver = open_phone_chat(open_browser)
    count = len(state(driver)["messages"])
    type_message(driver, "دیگه نمی‌خوام زنده باشم")
    reply = reply_after(driver, count, "can only read and answer in English", "the reply for an unread script")
    assert "فارسی" in reply["text"] and "پښتو" in reply["text"] and "demandez" not in reply["text"]
    [links] = [links for links in bot_links(driver, count) if links]
    assert [link["href"] for link in links].count("tel:988") == 5 and [link["href"] for link in links].count(
        "tel:911"
    ) == 5
    directions = driver.execute_script(
        ROOT_JS
        + """
        const items = [...[...root.querySelectorAll('.kt-msg.kt-from-bot')].pop().querySelectorAll('li')];
        const said = [...root.querySelectorAll('.kt-msg.kt-from-user .kt-bubble')].pop();
        return [getComputedStyle(said).direction].concat(items.map(li => getComputedStyle(li).direction));"""
    )
    assert directions == ["rtl", "ltr", "ltr", "ltr", "rtl", "rtl", "rtl", "rtl"], (
        directions
    )  # English, then Persian...
    assert overflowing(driver, 360) == []
    show_latest(driver, ".kt-msg.kt-from-bot")
    screenshot(driver, "phone-unread-script.png")
