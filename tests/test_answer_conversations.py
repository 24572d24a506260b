"""Answer selection over HTTP against the real Rasa and action servers: the heading, did you mean,
an honest "not sure", follow-ups in context, and crisis language in indirect words and mid-form.

The visitor messages are written for these tests; none is an entry's question or phrasing.
"""

from __future__ import annotations

import time
from functools import partial

import pytest
from sqlalchemy import func, select

from bot.db import session_scope
from bot.models import AnswerFeedback, Inquiry, KnowledgeEntry, KnownGap, UnansweredQuestion
from bot.safety import mentions_crisis
from tests.chat import (
    CHECK_IN_QUESTION,
    CLASSIFIER_ONLY_CRISIS,
    CLASSIFIER_ONLY_CRISIS_NOTE,
    CRISIS_LINES,
    Conversation,
    answer_body,
    entry_of,
    heading,
    start_after_search,
    texts,
)

pytestmark = pytest.mark.servers


def question_of(engine, slug: str) -> str:
    with session_scope(engine) as session:
        return session.execute(select(KnowledgeEntry.question).filter_by(slug=slug)).scalar_one()


def shown(replies: list[dict]) -> str:
    """The heading of the single answer in ``replies`` (fails on anything else)."""
    assert len(replies) == 1, replies
    assert heading(replies[0]["text"]), f"not an answer: {replies[0]['text'][:160]!r}"
    return heading(replies[0]["text"])


def test_every_answer_starts_with_the_question_it_answers(servers) -> None:
    replies = Conversation(servers.rasa_url).say("could regular ketamine treatments wreck my bladder")
    assert shown(replies) == question_of(servers.engine, "risks-bladder")
    with session_scope(servers.engine) as session:
        answer = session.execute(select(KnowledgeEntry.answer).filter_by(slug="risks-bladder")).scalar_one()
    assert answer_body(replies[0]["text"]).startswith(answer.strip())


def test_the_action_server_reads_meaning_not_only_words(servers) -> None:
    """Answered only with the sentence encoder (words alone offer choices: tests/test_selection_meaning.py)."""
    replies = Conversation(servers.rasa_url).say("how soon will i notice a difference")
    assert shown(replies) == question_of(servers.engine, "onset-duration-overview")


def test_did_you_mean_offers_entries_and_something_else_and_a_choice_answers_it(servers) -> None:
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("esketamine spray")
    assert offer["text"].startswith("I want to be sure I answer the right question")
    titles = [button["title"] for button in offer["buttons"]]
    assert 2 <= len(titles) <= 4 and titles[-1] == "Something else"
    first = offer["buttons"][0]
    assert first["payload"].startswith("/ask_question{")
    slug = entry_of(first)
    assert shown(chat.say(first["payload"])) == question_of(servers.engine, slug) == first["title"]


def test_a_single_entry_offered_is_asked_about_alone(servers) -> None:
    """A middling match with no close runner-up: one entry offered, in words for one."""
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("is this clinic sketchy")
    assert offer["text"] == "I want to be sure I answer the right question. Did you mean this?"
    entry, something_else = offer["buttons"]
    assert entry["title"] == question_of(servers.engine, "choosing-a-ketamine-clinic")
    assert something_else == {"title": "Something else", "payload": "/something_else"}
    assert shown(chat.say(entry["payload"])) == entry["title"]


@pytest.mark.parametrize("yes", ["yes", "yep", "that's right"])
def test_yes_typed_after_one_entry_offered_answers_it(servers, yes: str) -> None:
    """ "Did you mean this?" is a yes-or-no question: "yes" typed answers it as the button would, and
    a vote on that answer keeps the question the visitor typed, not "yes"."""
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("is this clinic sketchy")
    assert offer["text"] == "I want to be sure I answer the right question. Did you mean this?"
    answer = chat.say(yes)
    assert shown(answer) == question_of(servers.engine, "choosing-a-ketamine-clinic")
    no_vote = next(button for button in answer[0]["buttons"] if button["title"] == "No, not helpful")
    chat.say(no_vote["payload"])
    with session_scope(servers.engine) as session:
        votes = session.execute(select(AnswerFeedback).filter_by(entry_slug="choosing-a-ketamine-clinic")).scalars()
        assert "is this clinic sketchy" in [vote.question for vote in votes]


def test_yes_after_several_entries_offered_asks_which_one(servers) -> None:
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("the drip")
    assert len(offer["buttons"]) >= 3
    [reply] = chat.say("yes")
    assert reply["text"].startswith("Which one?") and not heading(reply["text"])


def test_yes_with_nothing_offered_gets_the_usual_reply(servers) -> None:
    chat = Conversation(servers.rasa_url)
    assert heading(texts(chat.say("can ketamine damage the bladder")))
    [reply] = chat.say("yes")
    assert reply["text"].startswith("Okay. What would you like to know?")
    # Only right after the offer: with another message between, "yes" no longer answers it.
    chat.say("how do i know a clinic isnt shady")
    chat.say("thanks")
    [reply] = chat.say("yes")
    assert reply["text"].startswith("Okay. What would you like to know?")


@pytest.mark.parametrize(
    "refusal, then, buttons",
    [
        # The same button again, with nothing offered now: asked to rephrase, nothing claimed passed on.
        ("/something_else", "Could you ask your question another way, or pick a topic?", 9),
        # "No" typed right after the offer is the same refusal; a second "no" is an ordinary one.
        ("no", "No problem. I'm here if another question comes up.", 0),
    ],
)
def test_something_else_asks_to_rephrase_and_keeps_the_question_for_staff(
    servers, refusal: str, then: str, buttons: int
) -> None:
    chat = Conversation(servers.rasa_url)
    question = "esketamine spray"
    [offer] = chat.say(question)
    assert offer["buttons"][-1] == {"title": "Something else", "payload": "/something_else"}
    [reply] = chat.say(refusal)
    assert "another way" in reply["text"] and len(reply["buttons"]) == 9
    with session_scope(servers.engine) as session:
        logged = session.execute(select(UnansweredQuestion).filter_by(intent="something_else")).scalars().all()
    assert question in [row.text for row in logged]
    [again] = chat.say(refusal)
    assert again["text"] == then and len(again.get("buttons", [])) == buttons


def test_none_of_these_with_nothing_offered_passes_nothing_on(servers) -> None:
    chat = Conversation(servers.rasa_url)
    [reply] = chat.say("none of these")
    assert reply["text"] == "Could you ask your question another way, or pick a topic?"
    assert "none of these" not in logged_questions(servers.engine)


@pytest.mark.parametrize(
    "question, slug",
    [
        ("will ketamine show up on a drug test for my job", "ketamine-drug-test"),
        ("is ketamine good for fibromyalgia pain", "efficacy-chronic-pain"),
    ],
)
def test_questions_the_first_knowledge_base_could_not_answer_now_get_their_entry(
    servers, question: str, slug: str
) -> None:
    assert shown(Conversation(servers.rasa_url).say(question)) == question_of(servers.engine, slug)


@pytest.mark.parametrize(
    "question, slug, named, says",
    [
        (
            "should I stop taking my xanax before the infusion",
            "eligibility-medication-interactions",
            "Xanax",
            "Stopping a benzodiazepine suddenly can be dangerous",
        ),
        ("will aetna pay for my spravato", "insurance-spravato", "Aetna", "we can't see yours"),
    ],
)
def test_a_medicine_or_insurer_named_by_brand_is_named_in_the_answer(
    servers, question: str, slug: str, named: str, says: str
) -> None:
    """Visitors name their medicine and their insurer: the answer names them too and says what the
    visitor can rely on (stopping a benzodiazepine suddenly is dangerous; nobody here sees their plan)."""
    [reply] = Conversation(servers.rasa_url).say(question)
    assert heading(reply["text"]) == question_of(servers.engine, slug)
    assert named in answer_body(reply["text"]) and says in answer_body(reply["text"])


def logged_questions(engine) -> list[str]:
    with session_scope(engine) as session:
        return [row.text for row in session.execute(select(UnansweredQuestion)).scalars()]


def test_a_question_no_entry_answers_gets_an_honest_not_sure(servers) -> None:
    question = "is ketamine ok if i have hemophilia"  # not on the not-covered list (lupus is)
    [reply] = Conversation(servers.rasa_url).say(question)
    assert "don't have a reviewed answer" in reply["text"] and "clinician" in reply["text"]
    assert "passed your question on" in reply["text"]
    assert not heading(reply["text"]) and len(reply["buttons"]) == 9
    assert question in logged_questions(servers.engine)


@pytest.mark.parametrize("question", ["is ketamine ok with lupus", "is ketamine safe with kidney disease"])
def test_a_question_marked_as_not_covered_gets_an_honest_not_sure_and_is_not_logged_again(
    servers, question: str
) -> None:
    """The shipped not-covered list (data/kb/not-covered/) asks about both conditions in other words."""
    before = times_asked(servers.engine)
    [reply] = Conversation(servers.rasa_url).say(question)
    assert "don't have a reviewed answer" in reply["text"] and not heading(reply["text"])
    assert "passed your question on" not in reply["text"] and len(reply["buttons"]) == 9  # topics
    assert question not in logged_questions(servers.engine)
    # Counted instead, for staff, once: written after the reply, off the reply's path.
    deadline = time.monotonic() + 10
    while times_asked(servers.engine) == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert times_asked(servers.engine) == before + 1


def times_asked(engine) -> int:
    """How many visitors asked any question marked as not covered."""
    with session_scope(engine) as session:
        return session.execute(select(func.sum(KnownGap.times_asked))).scalar_one() or 0


@pytest.mark.parametrize(
    "first, follow_up, slugs",
    [
        ("does ketamine work for depression", "what about ptsd?", ["efficacy-ptsd"]),
        ("does ketamine work for depression", "and for anxiety?", ["efficacy-anxiety"]),
        ("can ketamine help my ptsd", "how long does that last?", ["onset-anxiety-ptsd", "onset-duration-overview"]),
        # Names nothing and refers to nothing, but asks about the condition in play.
        ("can ketamine help my ptsd", "how soon would i feel a difference", ["onset-anxiety-ptsd"]),
        # Read alone it is answered with the entry on depression; with PTSD in play, the PTSD one.
        ("does ketamine work for ptsd", "how soon would i notice anything", ["onset-anxiety-ptsd"]),
        ("can ketamine help my ptsd", "is it addictive?", ["risks-addiction-abuse"]),
        ("does spravato actually work", "how much is that?", ["cost-spravato"]),
        # Depression in play does not make it a question about how fast it works for depression
        # (which it was until the session from 15:19 UTC on 2026-12-06).
        ("can ketamine help with my depression", "how long is each session", ["treatment-process-overview"]),
    ],
)
def test_a_short_follow_up_is_read_with_the_previous_answer(
    servers, first: str, follow_up: str, slugs: list[str]
) -> None:
    chat = Conversation(servers.rasa_url)
    assert heading(texts(chat.say(first)))
    assert shown(chat.say(follow_up)) in [question_of(servers.engine, slug) for slug in slugs]


def test_a_new_question_with_that_is_not_the_previous_answer_again(servers) -> None:
    """ "i'm on zoloft, is that a problem" after the PTSD answer asks about the medicine: the entry on
    medicines with ketamine leads, and the PTSD answer is not shown again (it was, as the answer,
    before the session from 15:19 UTC on 2026-12-06)."""
    chat = Conversation(servers.rasa_url)
    assert shown(chat.say("does ketamine help ptsd")) == question_of(servers.engine, "efficacy-ptsd")
    [reply] = chat.say("i'm on zoloft, is that a problem")
    medicines = question_of(servers.engine, "eligibility-medication-interactions")
    if heading(reply["text"]):
        assert heading(reply["text"]) == medicines
    else:  # did you mean
        offered = [button["title"] for button in reply["buttons"]]
        assert offered[0] == medicines and question_of(servers.engine, "efficacy-ptsd") not in offered


def test_a_follow_up_to_a_did_you_mean_leans_on_the_first_entry_offered(servers) -> None:
    """The visitor ignores the choices and goes on: "and the nasal spray?" is about the price asked
    for, not read alone, and answered with the SPRAVATO price; after "Something else" it no longer
    leans on the refused entry."""
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("how much is an iv")
    assert not heading(offer["text"])
    assert offer["buttons"][0]["title"] == question_of(servers.engine, "cost-iv-infusion")
    assert shown(chat.say("and the nasal spray version?")) == question_of(servers.engine, "cost-spravato")
    chat = Conversation(servers.rasa_url)
    chat.say("how much is an iv")
    chat.say("/something_else")
    [reply] = chat.say("and the nasal spray version?")
    assert (heading(reply["text"]) or reply["buttons"][0]["title"]) != question_of(servers.engine, "cost-spravato")


def test_a_reply_to_a_did_you_mean_that_names_one_offered_entry_picks_it(servers) -> None:
    """Not the first entry offered (insurance for the doctor visits), which names no treatment: the one
    whose question names what the visitor names."""
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("does medicare pay for ketamine")
    offered = [button["title"] for button in offer["buttons"]]
    spravato, infusions = (
        question_of(servers.engine, slug) for slug in ("spravato-medicare-medicaid", "insurance-iv-ketamine")
    )
    assert not heading(offer["text"]) and offered[0] not in (spravato, infusions)
    assert {spravato, infusions} <= set(offered)
    assert shown(chat.say("what about the spray one")) == spravato
    chat = Conversation(servers.rasa_url)
    chat.say("does medicare pay for ketamine")
    assert shown(chat.say("and the IV one?")) == infusions
    chat = Conversation(servers.rasa_url)
    chat.say("does medicare pay for ketamine")
    assert shown(chat.say("the medicare one")) == spravato  # the only offered question that says Medicare


@pytest.mark.parametrize(
    "reply, place",
    [
        ("the first one", 0),  # read by the classifier as choosing a clinic
        ("the second one", 1),
        ("number 2", 1),  # as giving a place to search
        ("the top one", 0),  # as "none of these"
        ("2", 1),
        ("the last one", -1),
    ],
)
def test_a_reply_to_a_did_you_mean_giving_a_place_in_the_list_answers_that_entry(
    servers, reply: str, place: int
) -> None:
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("does medicare pay for ketamine")
    offered = [button["title"] for button in offer["buttons"] if button["title"] != "Something else"]
    assert len(offered) == 3
    assert shown(chat.say(reply)) == offered[place]


def test_that_one_answers_the_one_entry_offered_and_asks_which_of_several(servers) -> None:
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("is this clinic sketchy")
    assert shown(chat.say("that one")) == offer["buttons"][0]["title"]
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("does medicare pay for ketamine")
    [which] = chat.say("that one")
    assert which["text"].startswith("Which one?")
    assert shown(chat.say("the third one")) == offer["buttons"][2]["title"]  # the choices are still open


def test_after_which_one_a_place_in_the_list_answers_that_entry_and_later_it_means_nothing(servers) -> None:
    chat = Conversation(servers.rasa_url)
    [offer] = chat.say("does medicare pay for ketamine")
    [which] = chat.say("yes")
    assert which["text"].startswith("Which one?")
    assert shown(chat.say("the second one")) == offer["buttons"][1]["title"]
    # The choices were answered: "2" now is no pick from them.
    assert all(not heading(reply.get("text", "")) for reply in chat.say("2"))


@pytest.mark.parametrize(
    "first, follow_up, slug",
    [
        ("what's the price of a single ketamine infusion", "what about the nasal spray?", "cost-spravato"),
        ("will my plan cover ketamine infusions", "and spravato?", "insurance-spravato"),
        ("does ketamine work for depression", "ocd too?", "efficacy-ocd"),
        # A short naming opening and more words of the visitor's own (a did-you-mean led by the PTSD
        # entry, and the entry on lowering the cost, until the session from 12:55 UTC on 2026-12-06).
        (
            "does ketamine work for depression",
            "what about anxiety, my chest gets tight before every meeting",
            "efficacy-anxiety",
        ),
        (
            "what's the price of a single ketamine infusion",
            "and the nasal spray, would that be any cheaper for someone with no insurance",
            "cost-spravato",
        ),
    ],
)
def test_naming_another_treatment_or_condition_answers_with_its_entry(
    servers, first: str, follow_up: str, slug: str
) -> None:
    """The previous question asked about another treatment or condition: the entry of the same topic
    whose own question names it, as the answer (the last two were a did-you-mean before)."""
    chat = Conversation(servers.rasa_url)
    assert heading(texts(chat.say(first)))
    assert shown(chat.say(follow_up)) == question_of(servers.engine, slug)


@pytest.mark.parametrize(
    "message",
    [
        "i'm not safe right now",
        "i can't go on like this anymore",
        "everyone would honestly be better off without me",
        "my son says he wants to end it",
        "lately I keep wishing I could just die in my sleep",
        "my dad tried to kill himself in the spring and he's getting quiet again",
    ],
)
def test_indirect_crisis_language_gets_crisis_resources_first(servers, message: str) -> None:
    replies = Conversation(servers.rasa_url).say(message)
    first = replies[0]["text"]
    assert all(line in first for line in CRISIS_LINES), first
    assert first.index("988") < first.index("911")
    assert "1-800-222-1222" in first  # Poison Control, for whoever took too much
    assert len(replies) == 1, "crisis language gets the resources alone"


def test_warning_signs_a_relative_describes_get_crisis_resources_first(servers) -> None:
    """No word of suicide, and a practical question after it: the signs together are the crisis
    (bot/safety_patterns_en_warning_signs.py); the classifier alone read such messages as questions."""
    message = (
        "my son is suddenly cheerful after a whole year of depression, and he also told me where all his "
        "passwords are. is ketamine really that fast"
    )
    first = Conversation(servers.rasa_url).say(message)[0]["text"]
    assert all(line in first for line in CRISIS_LINES), first


@pytest.mark.parametrize(
    ("message", "language_line"),
    [("nu mai vreau sa traiesc", "**Română:**"), ("ndashaka kwiyahura", "**Ikinyarwanda:**")],
)
def test_crisis_in_a_newly_patterned_language_gets_its_own_988_line(servers, message: str, language_line: str) -> None:
    first = Conversation(servers.rasa_url).say(message)[0]["text"]
    assert all(line in first for line in CRISIS_LINES), first
    assert language_line in first and "**Hmoob:**" not in first, "only the visitor's own language's line"


@pytest.mark.parametrize("message", ["I took a whole bottle of pills", "my mom took a whole bottle of her pills"])
def test_an_overdose_gets_911_and_poison_control_first_then_the_988_list(servers, message: str) -> None:
    """An overdose now is a medical emergency as well as, often, a suicide attempt: 911 leads, Poison
    Control next, and the 988 list, the Crisis Text Line and the Veterans Crisis Line follow in the same
    reply, with how to reach 911 in the language it was written in."""
    replies = Conversation(servers.rasa_url).say(message)
    assert len(replies) == 1, "the resources alone"
    first = replies[0]["text"]
    assert all(line in first for line in CRISIS_LINES), first
    assert first.index("911") < first.index("1-800-222-1222") < first.index("988")
    assert "838255" in first and "say the name of your language" in first
    assert "ask for an interpreter" not in first and "medical emergency" not in first


@pytest.mark.parametrize(
    "message", ["does ketamine work if i'm suicidal", "is there real research that ketamine helps suicidal thoughts?"]
)
def test_a_question_about_suicidal_thoughts_gets_the_resources_then_the_entry_written_for_it(
    servers, message: str
) -> None:
    """Crisis language first gets the resources; a question about ketamine and suicidal thoughts
    then gets the one entry whose own question is about suicide. A price never follows such words."""
    replies = Conversation(servers.rasa_url).say(message)
    first = replies[0]["text"]
    assert all(line in first for line in CRISIS_LINES), first
    assert shown(replies[1:]) == question_of(servers.engine, "efficacy-suicidal-thoughts")
    assert len(Conversation(servers.rasa_url).say("i want to die. how much is a ketamine infusion")) == 1


def test_a_question_the_classifier_takes_for_a_crisis_gets_the_resources_then_its_answer(servers) -> None:
    """No crisis language (the safety patterns leave it alone, tests/data/safety_messages.yml lists it
    as ordinary), but the trained classifier puts it in `crisis`: better the resources and the answer
    than the resources alone."""
    replies = Conversation(servers.rasa_url).say(CLASSIFIER_ONLY_CRISIS)
    assert all(line in replies[0]["text"] for line in CRISIS_LINES), (
        "the classifier no longer takes this for a crisis: choose another such question for this test"
    )
    assert shown(replies[1:]) == question_of(servers.engine, "cost-iv-infusion")
    assert not mentions_crisis(CLASSIFIER_ONLY_CRISIS)


def test_a_question_with_some_crisis_weight_opens_with_the_line_about_988(servers) -> None:
    """Not a crisis (the classifier ranks ``crisis`` near 0.3, below the crisis floor): the reply goes on,
    but opens with one line about 988 and 911, not the full resources."""
    assert not mentions_crisis(CHECK_IN_QUESTION)
    replies = Conversation(servers.rasa_url).say(CHECK_IN_QUESTION)
    first = replies[0]["text"]
    assert "988" in first and "911" in first, (
        "no line about 988 first: has the classifier stopped giving this question some crisis weight? (then choose"
        " another such question for this test)"
    )
    assert "741741" not in first, "the full crisis resources instead of the line"
    assert len(replies) >= 2 and "988" not in texts(replies[1:]), "the reply to the question itself follows"


def test_crisis_language_in_the_middle_of_the_contact_form(servers) -> None:
    chat = Conversation(servers.rasa_url)
    start_after_search(chat)
    assert "first name" in texts(chat.say("please have the first one get in touch"))
    assert "reach you" in texts(chat.say("Imogen"))
    replies = chat.say("honestly i don't see the point in living anymore")
    assert all(line in replies[0]["text"] for line in CRISIS_LINES)
    assert len(replies) == 1, "crisis language gets the resources alone"
    # The form stopped: the next messages are answered, not taken as the form's answers.
    assert heading(texts(chat.say("could regular ketamine treatments wreck my bladder")))


def test_a_form_answer_the_classifier_alone_takes_for_a_crisis_is_kept_and_the_form_goes_on(servers) -> None:
    """No crisis language in the note (the safety patterns leave it alone), but the classifier reads
    it as a crisis: the resources first, then the note is kept and the request can still be sent."""
    assert not mentions_crisis(CLASSIFIER_ONLY_CRISIS_NOTE)
    chat = Conversation(servers.rasa_url)
    start_after_search(chat)
    assert "first name" in texts(chat.say("please have the first one get in touch"))
    assert "reach you" in texts(chat.say("Imogen"))
    assert "good time" in texts(chat.say("imogen.vale@example.org"))
    assert "know first" in texts(chat.say("weekday mornings"))
    replies = chat.say(CLASSIFIER_ONLY_CRISIS_NOTE)
    assert all(line in replies[0]["text"] for line in CRISIS_LINES), (
        "the classifier no longer takes this note for a crisis: choose another such note for this test"
    )
    assert "I've kept it" in texts(replies[1:]) and "Do you agree" in texts(replies[1:])
    chat.say("/affirm")
    reference = texts(chat.say("/affirm")).split("reference is **")[1].split("**")[0]
    with session_scope(servers.engine) as session:
        inquiry = session.execute(select(Inquiry).filter_by(reference=reference)).scalar_one()
        assert (inquiry.first_name, inquiry.note) == ("Imogen", CLASSIFIER_ONLY_CRISIS_NOTE)


def test_a_name_in_a_script_nothing_here_reads_gets_the_reply_and_is_kept(servers) -> None:
    """A name typed in Devanagari could as well be a cry for help (the assistant reads neither): it gets
    the reply that says so, with 988's interpreters, and is then kept as the first name."""
    chat = Conversation(servers.rasa_url)
    start_after_search(chat)
    assert "first name" in texts(chat.say("please have the first one get in touch"))
    replies = chat.say("राजेश कुमार")
    assert "can only read and answer in English" in replies[0]["text"] and "988" in replies[0]["text"]
    assert "I've kept it" in texts(replies[1:]) and "reach you" in texts(replies[1:])
    assert "good time" in texts(chat.say("rajesh@example.org"))


def test_a_conversation_that_moves_between_subjects_answers_each_question_asked(servers) -> None:
    """Four turns as a visitor moves on: the SPRAVATO price, then a question naming SPRAVATO again (no
    switch: a new question, not that price again), then a question about sessions with depression
    still in play (not how fast it works for depression). Both were answered wrongly before the
    session from 17:51 UTC on 2026-12-06."""
    chat = Conversation(servers.rasa_url)
    question = partial(question_of, servers.engine)
    assert shown(chat.say("does ketamine work for depression")) == question("efficacy-depression-iv-ketamine")
    assert shown(chat.say("how much does spravato cost")) == question("cost-spravato")
    assert shown(chat.say("is spravato the same as ketamine")) == question("ketamine-vs-esketamine")
    [reply] = chat.say("how long does one session take")
    assert not heading(reply["text"])  # did you mean
    offered = [button["title"] for button in reply["buttons"]]
    assert question("treatment-process-overview") in offered
    assert question("onset-how-fast-depression") not in offered
