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
from tests.chat import Conversation, answer_body, heading, texts

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
    ("message", "line"),
    [
        ("I want to kill myself", "ask for an interpreter"),
        ("i keep thinking everyone would be better off if i was gone, i want to end my life", "ask for an interpreter"),
        ("hola, quería preguntar precios pero la verdad ya no quiero vivir", "ask for an interpreter"),
        ("je veux en finir ce soir, j'ai gardé toutes mes pilules", "demandez un interprète"),
        ("eu quero morrer, já escrevi as cartas para a minha família", "peça um intérprete"),
        ("Ich will einfach nicht mehr aufwachen. Hab schon Abschiedsbriefe geschrieben", "einen Dolmetscher"),
        ("Nie chcę już żyć, mam tabletki przygotowane na dzisiaj", "poproś o tłumacza"),
        ("Ya vzhe vse vyrishyv, ne khochu bilshe zhyty", "попросіть перекладача"),
        ("ik wil er niet meer zijn", "vraag om een tolk"),
        ("δεν θέλω να ζω άλλο", "ζητήστε διερμηνέα"),
        ("我不想活了", "中文口译员"),
        ("hôm nay tôi sẽ tự tử", "thông dịch viên"),
    ],
)
def test_crisis_messages_get_988_first_and_the_line_in_their_language(servers, message: str, line: str) -> None:
    replies = Conversation(servers.rasa_url).say(message)
    assert replies, "no reply to a crisis message"
    first = replies[0]["text"]
    assert "988" in first and first.index("988") < first.find("911")
    assert "741741" in first and "press 1" in first
    # 988's Spanish line, in Spanish, always: a visitor who wrote in Spanish may not read the rest.
    assert "marca 2" in first and "AYUDA" in first
    # The line about 988's interpreters in the language the crisis was found in (SAMHSA's 988 FAQ), and
    # no other language's: the reply stays short for someone in crisis.
    assert line in first
    others = ["ask for an interpreter", "demandez un interprète", "einen Dolmetscher", "中文口译员", "thông dịch viên"]
    assert not [other for other in others if other != line and other in first]
    assert "None" not in first
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
    # Found in English: how to get an interpreter from 911, and no other language's line.
    assert "say the name of your language" in first and "llame al" not in first and "Auf Deutsch" not in first
    replies = conversation.say("thanks. tbh i'd rather not be alive anymore")
    first = replies[0]["text"]
    assert "medical emergency" not in first and first.index("988") < first.find("911")


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("mi papá tiene la cara caída y no puede mover el brazo", "llame al [911]"),
        ("내 남편이 숨을 안 쉬어요", "한국어"),
        ("他不呼吸了", "中文"),
    ],
)
def test_a_medical_emergency_in_another_language_gets_911_in_that_language(servers, message: str, line: str) -> None:
    """The emergency reply's line about 911 in the language the emergency was found in, and no other's."""
    [reply] = Conversation(servers.rasa_url).say(message)
    first = reply["text"]
    assert "medical emergency" in first and first.index("911") < first.find("988")
    assert line in first
    others = ["llame al [911]", "한국어", "中文", "say the name of your language", "Auf Deutsch"]
    assert not [other for other in others if other != line and other in first]


def test_a_message_in_a_script_nothing_reads_gets_988_with_interpreters_then_english_is_answered(servers) -> None:
    """Amharic: neither the patterns nor the classifier read it, so the reply says so and gives 988 with its
    interpreters, 911 and Poison Control, never "not sure" alone; the visitor's next message, in English,
    gets its answer."""
    conversation = Conversation(servers.rasa_url)
    replies = conversation.say("እባካችሁ እርዱኝ፣ ከእንግዲህ መኖር አልፈልግም")
    assert len(replies) == 1
    first = replies[0]["text"]
    assert "can only read and answer in English" in first
    assert first.index("988") < first.index("911") and "1-800-222-1222" in first
    assert "interpreter" in first and "**አማርኛ:**" in first and "**ትግርኛ:**" in first  # Amharic's and Tigrinya's lines
    assert "demandez un interprète" not in first
    assert "None" not in first and "{" not in first
    answer = conversation.say("how long does a ketamine infusion take?")[0]["text"]
    assert heading(answer) and "988" not in answer


def test_a_short_message_in_an_unread_script_gets_the_reply_too(servers) -> None:
    """Two words of Hebrew ("I want to die" is three): no pattern or classifier reads them, and before
    2026-12-07 a message under twelve letters of such a script got "not sure" in English."""
    first = Conversation(servers.rasa_url).say("רוצה למות")[0]["text"]
    assert "can only read and answer in English" in first and first.index("988") < first.index("911")


def test_each_crisis_reply_has_the_lines_of_its_own_message(servers) -> None:
    """The lines about 988 in other languages follow each crisis message (their slot is set on each):
    French after French, every language's after a crisis only the classifier found (its language is not
    known), English's after English."""
    conversation = Conversation(servers.rasa_url)
    french = conversation.say("je veux en finir ce soir")[0]["text"]
    assert "demandez un interprète" in french and "中文口译员" not in french
    # A classifier example of 2026-12-05 that no pattern flags (tests/test_crisis_guard.py checks the rule itself).
    unknown = conversation.say("drove past a wreck and felt jealous")[0]["text"]
    assert "988" in unknown and "demandez un interprète" in unknown and "中文口译员" in unknown and "Tagalog" in unknown
    english = conversation.say("i want to kill myself")[0]["text"]
    assert "ask for an interpreter" in english and "demandez" not in english and "中文" not in english


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
    request for a ZIP code. Never an answer, never silence. The classifier gives keyboard mash some
    crisis weight (about 0.28 since the short crisis examples of 2026-12-05), so the line about 988 may
    open the reply; never the full crisis resources."""
    replies = Conversation(servers.rasa_url).say("qwpoeiru zmxncbv asldkfj")
    assert replies and "741741" not in texts(replies)
    if replies[0]["text"].startswith("If you're going through a hard time"):
        replies = replies[1:]
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
