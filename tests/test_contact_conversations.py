"""The contact request over HTTP against the real servers: form, validation, consent, cancel, embed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from bot.db import session_scope
from bot.models import Inquiry
from tests.chat import Conversation, cards, start_after_search, texts

pytestmark = pytest.mark.servers


def inquiry_count(engine) -> int:
    with session_scope(engine) as session:
        return session.execute(select(func.count(Inquiry.id))).scalar_one()


def test_happy_path_with_a_malformed_email_first(servers) -> None:
    chat = Conversation(servers.rasa_url)
    found = start_after_search(chat)
    asked = texts(chat.say("I'd like the second one to call me"))
    assert found[1]["name"] in asked and "first name" in asked
    assert "e-mail address or a US phone number" in texts(chat.say("Sam"))
    complaint = texts(chat.say("sam@example"))
    assert "doesn't look like a complete e-mail address" in complaint
    assert "good time" in texts(chat.say("sam@example.com"))
    assert "know first" in texts(chat.say("weekday mornings"))
    consent = chat.say("nothing")
    assert "Do you agree" in texts(consent) and consent[-1]["buttons"][0]["payload"] == "/affirm"
    summary = texts(chat.say("/affirm"))
    assert "Sam" in summary and "s•••@example.com" in summary and "weekday mornings" in summary
    assert "sam@example.com" not in summary  # the read-back masks the contact detail
    assert "Shall I send it?" in summary
    done = texts(chat.say("/affirm"))
    reference = done.split("reference is **")[1].split("**")[0]
    assert reference.startswith("KT-") and "988" in done
    with session_scope(servers.engine) as session:
        inquiry = session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one()
        assert (inquiry.first_name, inquiry.contact, inquiry.contact_kind) == ("Sam", "sam@example.com", "email")
        assert inquiry.preferred_time == "weekday mornings" and inquiry.note is None
        assert inquiry.clinic.ref == found[1]["ref"] and inquiry.source == "chat"
        assert [message.channel for message in inquiry.notifications] == ["email"]
        raw = session.execute(
            text("SELECT first_name, contact FROM inquiries WHERE reference = :r"), {"r": reference}
        ).one()
        assert "Sam" not in raw.first_name and "sam@example.com" not in raw.contact  # encrypted at rest


def asked_for_consent(chat: Conversation, name: str, contact: str, time: str, note: str) -> None:
    """Ask the first clinic found to get in touch and answer the form up to "Do you agree...?"."""
    start_after_search(chat)
    chat.say("have the first one contact me")
    for answer in (name, contact, time):
        chat.say(answer)
    assert "Do you agree" in texts(chat.say(note))


def test_declined_consent_saves_nothing(servers) -> None:
    chat = Conversation(servers.rasa_url)
    before = inquiry_count(servers.engine)
    asked_for_consent(chat, "Alex", "404-555-0188", "any time", "no")  # "no" to the note: nothing to add
    reply = texts(chat.say("No, I don't agree"))
    assert "nothing was saved" in reply.lower()
    assert inquiry_count(servers.engine) == before


def test_a_question_mark_is_no_consent_and_no_go_ahead(servers) -> None:
    """The intent model reads "?" alone as "affirm" (it has no words to go on); a visitor in doubt
    must be asked again, never counted as agreeing or as saying "send it"."""
    chat = Conversation(servers.rasa_url)
    before = inquiry_count(servers.engine)
    asked_for_consent(chat, "Riley", "riley@example.org", "evenings", "nothing")
    assert "Please answer yes or no" in texts(chat.say("?"))
    assert "Shall I send it?" in texts(chat.say("yes"))
    assert "Please answer yes or no" in texts(chat.say("?"))
    assert inquiry_count(servers.engine) == before
    assert "reference is **" in texts(chat.say("yes, send it"))
    assert inquiry_count(servers.engine) == before + 1


def test_yes_to_anything_to_know_asks_for_the_note_itself(servers) -> None:
    """ "yes" to "Anything you'd like the clinic to know first?" says there is something, not what:
    it is asked for, and the note is what comes next (until the session from 15:19 UTC on 2026-12-06
    the note sent was "yes")."""
    chat = Conversation(servers.rasa_url)
    start_after_search(chat)
    chat.say("have the first one contact me")
    for answer in ("Robin", "robin@example.org", "after 5pm"):
        chat.say(answer)
    asked = texts(chat.say("yes"))
    assert "type what you'd like the clinic to know" in asked and "Do you agree" not in asked
    assert "Do you agree" in texts(chat.say("I get claustrophobic in small rooms"))
    summary = texts(chat.say("/affirm"))
    assert "Note: I get claustrophobic in small rooms" in summary


def test_never_mind_midway_stops_and_saves_nothing(servers) -> None:
    chat = Conversation(servers.rasa_url)
    start_after_search(chat)
    before = inquiry_count(servers.engine)
    chat.say("contact the first clinic")
    chat.say("Jordan")
    reply = texts(chat.say("never mind"))
    assert "Nothing was saved" in reply
    assert inquiry_count(servers.engine) == before
    after = chat.say("how much does a ketamine infusion cost")
    assert "Sources:" in texts(after)  # the conversation carries on normally


def test_contact_from_a_clinics_own_embed_needs_no_choice(servers) -> None:
    chat = Conversation(servers.rasa_url)
    found = cards(Conversation(servers.rasa_url).say("Any ketamine clinics near 30301?"))
    embed = {"clinic_id": found[0]["ref"]}
    asked = texts(chat.say("I'd like someone from the clinic to call me", metadata=embed))
    assert found[0]["name"] in asked
    for answer in ("Riley", "riley@example.org", "evenings", "I'm interested in IV for depression"):
        chat.say(answer, metadata=embed)
    chat.say("/affirm", metadata=embed)
    done = texts(chat.say("/affirm", metadata=embed))
    reference = done.split("reference is **")[1].split("**")[0]
    with session_scope(servers.engine) as session:
        inquiry = session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one()
        assert inquiry.clinic.ref == found[0]["ref"] and inquiry.source == "embed"
        assert inquiry.note == "I'm interested in IV for depression"


def test_a_crisis_message_stops_the_form(servers) -> None:
    chat = Conversation(servers.rasa_url)
    start_after_search(chat)
    chat.say("contact the first clinic")
    reply = chat.say("honestly i want to kill myself")
    assert "988" in reply[0]["text"]
    follow = texts(chat.say("what is ketamine"))
    assert "first name" not in follow
