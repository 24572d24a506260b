"""The way on for a visitor whose question the classifier alone took for a crisis, over HTTP with
the real Rasa and action servers: the crisis resources first; when entries come close but none
answers outright, no choices under them, only the offer to answer for a visitor who is safe; the
button then answers the question as usual. Crisis language never gets the offer, and the button
answers nothing but the message the resources answered."""

from __future__ import annotations

import pytest

from bot.safety import mentions_crisis
from tests.chat import CLASSIFIER_ONLY_CRISIS_NEAR, CRISIS_LINES, Conversation, entry_of, heading

pytestmark = pytest.mark.servers

ANSWER_MY_QUESTION = "/answer_my_question"


def offered_entries(replies: list[dict]) -> list[str]:
    """The slugs of the entry buttons in ``replies`` (related questions, did-you-mean choices)."""
    return [slug for reply in replies for button in reply.get("buttons") or [] if (slug := entry_of(button))]


def test_a_question_taken_for_a_crisis_gets_the_offer_and_then_its_answer(servers) -> None:
    assert not mentions_crisis(CLASSIFIER_ONLY_CRISIS_NEAR)
    chat = Conversation(servers.rasa_url)
    resources, offer = chat.say(CLASSIFIER_ONLY_CRISIS_NEAR)
    assert all(line in resources["text"] for line in CRISIS_LINES), (
        "the classifier no longer takes this for a crisis: choose another such question for this test"
    )
    assert offer["text"].startswith("If you're safe right now")
    assert [button["payload"] for button in offer["buttons"]] == [ANSWER_MY_QUESTION]
    assert not offered_entries([resources, offer]), "no entries listed under the crisis resources"

    [choices] = chat.say(ANSWER_MY_QUESTION)  # as if typed with no crisis read into it: the did-you-mean
    assert "741741" not in choices["text"] and not heading(choices["text"])
    assert "risks-overview" in offered_entries([choices]), choices
    assert choices["buttons"][-1]["title"] == "Something else"


def test_crisis_language_gets_the_resources_alone_and_the_button_typed_answers_nothing(servers) -> None:
    chat = Conversation(servers.rasa_url)
    message = "i want to die. does it make you dizzy? i fall easily"
    assert mentions_crisis(message)
    assert len(chat.say(message)) == 1, "crisis language gets the resources alone"
    [reply] = chat.say(ANSWER_MY_QUESTION)
    assert reply["text"].startswith("Could you ask your question another way"), reply
    assert not offered_entries([reply])


def test_the_button_tapped_after_another_message_answers_nothing_old(servers) -> None:
    chat = Conversation(servers.rasa_url)
    assert len(chat.say(CLASSIFIER_ONLY_CRISIS_NEAR)) == 2
    chat.say("how much does spravato cost")
    [reply] = chat.say(ANSWER_MY_QUESTION)
    assert reply["text"].startswith("Could you ask your question another way"), reply


def test_a_question_in_a_script_nothing_reads_gets_no_offer_after_its_reply(servers) -> None:
    """Hindi with English words in it: entries come close to "ketamine infusion", but the reply has just said
    the message was not understood, so no offer to answer it follows."""
    replies = Conversation(servers.rasa_url).say("क्या ketamine infusion से डिप्रेशन ठीक होता है? इसका खर्च कितना है?")
    assert len(replies) == 1 and "can only read and answer in English" in replies[0]["text"]
    assert not replies[0].get("buttons")
