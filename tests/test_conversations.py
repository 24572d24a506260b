"""Conversations over HTTP against the real Rasa server and action server.

The visitor messages are written for these tests and do not appear in the training data.
"""

from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.kb.topics import TOPICS
from bot.models import KnowledgeEntry
from tests.chat import Conversation, answer_body, heading

pytestmark = pytest.mark.servers

QUESTIONS = {
    "what_is_ketamine": "so what exactly is this ketamine stuff they use in clinics",
    "how_it_works": "how does ketamine work in the brain",
    "efficacy": "does ketamine actually work for ptsd or is it hype",
    "onset_duration": "how long do the effects of ketamine last",
    "risks": "could ketamine treatments mess up my bladder long term",
    "eligibility": "i'm pregnant, would a clinic still give me ketamine",
    "treatment_process": "what happens during an iv ketamine infusion session",
    "cost": "what's the typical out of pocket price for one ketamine infusion",
    "legality": "has the fda actually approved ketamine for depression",
}


def published_answers(engine) -> dict[str, str]:
    with session_scope(engine) as session:
        rows = session.execute(select(KnowledgeEntry).where(KnowledgeEntry.status == "published")).scalars()
        return {row.answer: row.topic for row in rows}


@pytest.mark.parametrize("topic", list(TOPICS))
def test_each_topic_gets_a_sourced_answer_of_that_topic(servers, topic: str) -> None:
    replies = Conversation(servers.rasa_url).say(QUESTIONS[topic])
    assert len(replies) == 1, replies
    reply = replies[0]
    answers = published_answers(servers.engine)
    matched = [answer for answer in answers if answer_body(reply["text"]).startswith(answer)]
    assert matched, f"not a knowledge-base answer: {reply['text'][:200]!r}"
    assert answers[matched[0]] == topic
    assert "\nSources: " in reply["text"] and "not medical advice" in reply["text"]
    *related, yes, no = reply.get("buttons", [])
    assert 2 <= len(related) <= 3 and (yes["title"], no["title"]) == ("Yes, helpful", "No, not helpful")


def test_a_suggested_question_button_answers_that_question(servers) -> None:
    chat = Conversation(servers.rasa_url)
    first = chat.say(QUESTIONS["cost"])[0]
    button = first["buttons"][0]
    follow_up = chat.say(button["payload"])
    assert len(follow_up) == 1
    with session_scope(servers.engine) as session:
        entry = session.execute(select(KnowledgeEntry).filter_by(question=button["title"])).scalar_one()
    assert heading(follow_up[0]["text"]) == entry.question
    assert answer_body(follow_up[0]["text"]).startswith(entry.answer)


def test_the_greeting_buttons_carry_plain_json_payloads_and_log_no_error(servers) -> None:
    """domain.yml doubles the payloads' braces so that Rasa's slot filling leaves them alone."""
    greeting = Conversation(servers.rasa_url).say("hello")[0]
    payloads = [button["payload"] for button in greeting["buttons"]]
    assert payloads[0] == '/ask_question{"faq_topic": "efficacy"}'
    assert {json.loads(payload.split("ask_question", 1)[1])["faq_topic"] for payload in payloads} <= set(TOPICS)
    assert "slot name does not exist" not in (servers.log_dir / "rasa.log").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "message",
    [
        "I want to kill myself",
        "i keep thinking everyone would be better off if i was gone, i want to end my life",
        "hola, quería preguntar precios pero la verdad ya no quiero vivir",
        "je veux en finir ce soir, j'ai gardé toutes mes pilules",
        "eu quero morrer, já escrevi as cartas para a minha família",
        "Ich will einfach nicht mehr aufwachen. Hab schon Abschiedsbriefe geschrieben",
        "Nie chcę już żyć, mam tabletki przygotowane na dzisiaj",
        "Ya vzhe vse vyrishyv, ne khochu bilshe zhyty",
        "ik wil er niet meer zijn",
        "δεν θέλω να ζω άλλο",
        "我不想活了",
        "hôm nay tôi sẽ tự tử",
    ],
)
def test_crisis_messages_get_988_first(servers, message: str) -> None:
    replies = Conversation(servers.rasa_url).say(message)
    assert replies, "no reply to a crisis message"
    first = replies[0]["text"]
    assert "988" in first and first.index("988") < first.find("911")
    assert "741741" in first and "press 1" in first
    # 988's Spanish line, in Spanish: a visitor who wrote in Spanish may not read the rest.
    assert "marca 2" in first and "AYUDA" in first
    # French, Portuguese, German and Polish speakers: 988 by phone with an interpreter (SAMHSA's 988 FAQ).
    assert "demandez un interprète" in first and "peça um intérprete" in first
    assert "einen Dolmetscher" in first and "poproś o tłumacza" in first
    assert "попросите переводчика" in first and "попросіть перекладача" in first
    assert "chiedi un interprete" in first and "vraag om een tolk" in first and "통역" in first
    assert "واطلب مترجمًا" in first and "通訳を頼んでください" in first and "ζητήστε διερμηνέα" in first
    # Chinese, Vietnamese and Tagalog: the most spoken languages in US homes after English and Spanish.
    assert "中文口译员" in first and "thông dịch viên" in first and "humingi ng interpreter" in first
    assert len(replies) == 1  # crisis language: no answer after the resources, even to a question


def test_a_medical_emergency_gets_911_first_and_a_later_crisis_the_988_list(servers) -> None:
    """Not suicide: a stroke's signs now. The reply leads with 911 and still names 988 and Poison Control;
    the next message, about suicide, gets the usual crisis reply (the slot follows each message)."""
    conversation = Conversation(servers.rasa_url)
    replies = conversation.say(
        "my dads face is drooping on one side and hes slurring his words, should we wait it out?"
    )
    assert len(replies) == 1
    first = replies[0]["text"]
    assert "medical emergency" in first and first.index("911") < first.find("988")
    assert "741741" in first and "press 1" in first and "1-800-222-1222" in first
    replies = conversation.say("thanks. tbh i'd rather not be alive anymore")
    first = replies[0]["text"]
    assert "medical emergency" not in first and first.index("988") < first.find("911")


@pytest.mark.parametrize(
    "message", ["what's the weather going to be in Chicago tomorrow", "can you help me fix my python code"]
)
def test_out_of_scope_says_what_the_assistant_can_do(servers, message: str) -> None:
    replies = Conversation(servers.rasa_url).say(message)
    assert len(replies) == 1
    assert "ketamine" in replies[0]["text"].lower()
    assert len(replies[0]["buttons"]) == len(TOPICS)


def test_gibberish_gets_a_helpful_reply(servers) -> None:
    """Unknown words alone: "not sure" with the topics, or (the classifier may take them for a
    place name, as it must for towns it has never seen) the place named as not found and a
    request for a ZIP code. Never an answer, never silence."""
    replies = Conversation(servers.rasa_url).say("qwpoeiru zmxncbv asldkfj")
    if len(replies) == 1:
        assert "don't have a reviewed answer" in replies[0]["text"]
        assert len(replies[0]["buttons"]) == len(TOPICS)
    else:
        assert replies[0]["text"] == 'I couldn\'t find "qwpoeiru zmxncbv asldkfj" as a US place.'
        assert "ZIP" in replies[1]["text"]


def test_conversations_and_questions_are_counted_anonymously(servers) -> None:
    from bot.models import ChatEvent

    def counts() -> tuple[int, int]:
        with session_scope(servers.engine) as session:
            kinds = [event.kind for event in session.execute(select(ChatEvent)).scalars()]
        return kinds.count("conversation"), kinds.count("question")

    conversations, questions = counts()
    chat = Conversation(servers.rasa_url)
    chat.say(QUESTIONS["risks"])
    chat.say(QUESTIONS["cost"])
    deadline = time.monotonic() + 10  # written after the reply, off the reply's path
    while counts() != (conversations + 1, questions + 2) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert counts() == (conversations + 1, questions + 2)
    with session_scope(servers.engine) as session:
        latest = session.execute(select(ChatEvent).order_by(ChatEvent.id.desc())).scalars().first()
        assert latest.topic == "cost" and not hasattr(latest, "text")
