"""Selection with the sentence encoder over the shipped knowledge base (data/kb), on a real
database: wordings that share few words with an entry, filler words the knowledge base never
uses, and questions on a subject no entry covers. The questions are written here, not taken
from the evaluation sets."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import pytest
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.kb.embedding import SentenceEncoder, TokenVectors, shared_encoder
from bot.kb.follow_ups import Context
from bot.kb.language import load_language
from bot.kb.loader import load_knowledge_base
from bot.kb.selection import ANSWER, Policy, Selector
from bot.kb.service import KnowledgeService, Reply
from tests.conftest import KB_DIR


def shown_slugs(reply: Reply) -> list[str]:
    """The entry answered, or the entries a did-you-mean offers, in the order shown."""
    return [reply.answer.entry.slug] if reply.answer else [choice.slug for choice in reply.choices]


@pytest.fixture(scope="module")
def service(_sqlite_template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeService]:
    engine: Engine = _sqlite_template.copy(tmp_path_factory.mktemp("meaning"))
    with session_scope(engine) as session:
        load_knowledge_base(session, KB_DIR)
    assert shared_encoder(load_language("en").sentence_model or "") is not None, "make setup installs the model"
    yield KnowledgeService(engine)
    engine.dispose()


def selector_of(service: KnowledgeService) -> Selector:
    service.respond("warm up")
    return service._selector


def test_a_wording_that_shares_few_words_with_the_entry_gets_it(service: KnowledgeService) -> None:
    reply = service.respond("what should i pack for my spravato appointment")
    assert reply.answer is not None and reply.answer.entry.slug == "what-to-bring-first-appointment"


@pytest.mark.parametrize(
    ("question", "slug"),
    [
        ("how soon will i notice a difference", "onset-duration-overview"),
        ("who checks that the clinic is legit", "choosing-a-ketamine-clinic"),
    ],
)
def test_meaning_decides_where_words_alone_are_not_sure(service: KnowledgeService, question: str, slug: str) -> None:
    selector = selector_of(service)
    words_alone = Selector(selector.entries, selector.language, selector.policy)
    assert words_alone.select(question).kind != ANSWER
    selection = selector.select(question)
    assert (selection.kind, selection.best.slug) == (ANSWER, slug)


def test_the_word_by_word_cover_finds_the_entry_the_sentence_vectors_miss(service: KnowledgeService) -> None:
    # Closeness of whole sentences puts "skip one of my spray appointments" nearest the SPRAVATO
    # visit; word by word, "skip" finds "miss" in the entry on missed sessions.
    question = "what happens if i skip one of my spray appointments"
    reply = service.respond(question)
    assert reply.answer is not None and reply.answer.entry.slug == "missed-spravato-session"
    without = KnowledgeService(service.engine, policy=Policy(token_weight=0.0))
    scores, _ = selector_of(without).scores(question)
    assert selector_of(without).entries[int(np.argmax(scores))].slug == "spravato-visit"


def test_filler_words_the_knowledge_base_never_uses_do_not_stop_an_answer(service: KnowledgeService) -> None:
    selector = selector_of(service)
    words_alone = Selector(selector.entries, selector.language, selector.policy)
    for question, filler, slug in [
        ("my grandpa ponders whether ketamine is addictive", "ponders", "risks-addiction-abuse"),
        ("in layman's terms, how does ketamine work in the brain", "layman's", "how-ketamine-works-overview"),
    ]:
        assert not selector.vocabulary.knows(filler)
        assert words_alone.select(question).kind != ANSWER  # an unknown word: no answer on words alone
        reply = service.respond(question)
        assert reply.answer is not None and reply.answer.entry.slug == slug, question


@pytest.mark.parametrize(
    "question",
    ["does ketamine help with hiccups", "does ketamine help stuttering", "can ketamine fix my tennis serve"],
)
def test_a_subject_no_entry_covers_is_never_answered_with_another_entry(
    service: KnowledgeService, question: str
) -> None:
    selector = selector_of(service)
    assert not all(selector.vocabulary.knows(word) for word in selector.language.content_words(question))
    assert service.respond(question).answer is None


@pytest.mark.parametrize(
    ("question", "slug"),
    [
        ("can ketamine treat anorexia", "efficacy-other-conditions"),
        ("is my wife allowed to stay next to me while i get the iv", "support-person-during-session"),
        ("can my mom come in with me for the spravato", "support-person-during-session"),
        ("we cant swing the whole package at once, do you guys do monthly payments", "cost-payment-plans"),
    ],
)
def test_other_conditions_company_in_the_room_and_paying_in_parts_have_their_entries(
    service: KnowledgeService, question: str, slug: str
) -> None:
    """Questions visitors ask often: a condition other than those the efficacy entries cover gets the
    honest entry saying so (off-label, no good proof, whom to ask); someone to sit with them, the entry
    on clinic rules; paying in parts, the entry on payment plans and medical loans. No wording is one
    of the entries' phrasings."""
    reply = service.respond(question)
    assert reply.answer is not None and reply.answer.entry.slug == slug


@pytest.mark.parametrize(
    ("question", "slug"),
    [
        ("how long will the ketamine be in my body after my appointment", "ketamine-time-in-body"),
        ("after my spravato dose how many hours till its out of my blood", "ketamine-time-in-body"),
        ("would my employer's drug screen catch my ketamine", "ketamine-drug-test"),
        ("how long does the relief from ketamine last", "onset-duration-overview"),
    ],
)
def test_time_in_the_body_is_told_apart_from_testing_and_from_how_long_it_helps(
    service: KnowledgeService, question: str, slug: str
) -> None:
    """How long ketamine stays in the body (half-life, urine) has its own entry, and the two questions
    that sound like it keep theirs: whether a drug test looks for it, and how long its benefit lasts.
    No wording is one of the entries' phrasings."""
    reply = service.respond(question)
    assert reply.answer is not None and reply.answer.entry.slug == slug


@pytest.mark.parametrize(
    ("question", "slug"),
    [
        ("how many infusions does it take before it works", "early-response-prediction"),
        ("how many sessions is a usual course of spravato", "number-of-sessions"),
    ],
)
def test_when_it_starts_working_is_told_apart_from_how_long_a_course_is(
    service: KnowledgeService, question: str, slug: str
) -> None:
    """How many sessions before one can tell it works is a question about early response (the
    entry on the number of sessions gives course schedules, not when it helps); how many sessions a
    course has keeps its entry. Neither wording is one of the entries' phrasings."""
    reply = service.respond(question)
    assert reply.answer is not None and reply.answer.entry.slug == slug


def test_follow_ups_still_lean_on_the_previous_answer(service: KnowledgeService) -> None:
    first = service.respond("does ketamine work for depression")
    assert first.answer is not None and first.context.condition == "depression"
    follow_up = service.respond("what about ptsd?", first.context)
    assert follow_up.answer is not None and follow_up.answer.entry.slug == "efficacy-ptsd"


@dataclass
class CountedEncoder:
    """The service's sentence encoder, with every sentence it runs the model on for a message listed
    (``encode``, or ``encode_with_tokens`` for the vector and word pieces at once; the originals still answer)."""

    encoder: SentenceEncoder
    encode: Callable[[Sequence[str]], np.ndarray]
    encode_with_tokens: Callable[[Sequence[str]], tuple[np.ndarray, list[TokenVectors]]]
    calls: list[list[str]]


@pytest.fixture
def counted(service: KnowledgeService, monkeypatch: pytest.MonkeyPatch) -> CountedEncoder:
    encoder = selector_of(service).encoder
    assert encoder is not None
    counted = CountedEncoder(encoder, encoder.encode, encoder.encode_with_tokens, [])
    monkeypatch.setattr(
        encoder, "encode", lambda sentences: counted.calls.append(list(sentences)) or counted.encode(sentences)
    )
    monkeypatch.setattr(
        encoder,
        "encode_with_tokens",
        lambda sentences: counted.calls.append(list(sentences)) or counted.encode_with_tokens(sentences),
    )
    return counted


def packed_by_rasa(counted: CountedEncoder, question: str) -> dict[str, str]:
    """What the Rasa server's parse carries for ``question``: its vector and word pieces."""
    vectors, tokens = counted.encode_with_tokens([question])
    return counted.encoder.pack(vectors[0], tokens[0])


def test_the_vector_the_rasa_server_sends_is_read_instead_of_encoding_again(
    service: KnowledgeService, counted: CountedEncoder
) -> None:
    question, slug = "who checks that the clinic is legit", "choosing-a-ketamine-clinic"
    reply = service.respond(question, message_vector=packed_by_rasa(counted, question))
    assert reply.answer is not None and reply.answer.entry.slug == slug and counted.calls == []
    # The vector really decides: another question's vector with these words is not that answer.
    elsewhere = packed_by_rasa(counted, "how much does one infusion cost")
    reply = service.respond(question, message_vector=elsewhere)
    assert (reply.answer is None or reply.answer.entry.slug != slug) and counted.calls == []


def test_a_vector_without_word_pieces_means_one_run_of_the_model(
    service: KnowledgeService, counted: CountedEncoder
) -> None:
    # A Rasa model trained before the word pieces were sent: the vector is kept, the pieces computed.
    question = "who checks that the clinic is legit"
    packed = counted.encoder.pack(counted.encode([question])[0])
    counted.calls.clear()
    reply = service.respond(question, message_vector=packed)
    assert reply.answer is not None and reply.answer.entry.slug == "choosing-a-ketamine-clinic"
    assert counted.calls == [[question]]


@pytest.mark.parametrize(
    "unusable",
    [
        {"model": "another-model:123", "float32": "AAAA"},
        {"model": "<this model>", "float32": "not base64!"},
        {"model": "<this model>", "float32": "AAAAAAAAAAA="},  # 8 bytes: two numbers, not 384
        {"model": "<this model>"},
        "a vector as text",
        [0.1, 0.2],
    ],
)
def test_a_vector_from_another_model_or_malformed_means_encoding_the_words(
    service: KnowledgeService, counted: CountedEncoder, unusable: object
) -> None:
    if isinstance(unusable, dict) and unusable.get("model") == "<this model>":
        unusable = {**unusable, "model": counted.encoder.fingerprint}
    reply = service.respond("who checks that the clinic is legit", message_vector=unusable)
    assert reply.answer is not None and reply.answer.entry.slug == "choosing-a-ketamine-clinic"
    assert counted.calls == [["who checks that the clinic is legit"]]


def test_a_follow_up_after_a_did_you_mean_leans_on_the_first_entry_offered(service: KnowledgeService) -> None:
    first = service.respond("how much is an iv")
    assert first.answer is None and [entry.slug for entry in first.choices][:1] == ["cost-iv-infusion"]
    assert first.context.last_entry == "cost-iv-infusion"
    follow_up = service.respond("and the nasal spray version?", first.context)
    shown = [follow_up.answer.entry] if follow_up.answer is not None else list(follow_up.choices)
    assert [entry.slug for entry in shown][:1] == ["cost-spravato"]


@pytest.mark.parametrize(
    "first, follow_up, slug",
    [
        # Read with the previous answer, one or two words ask a whole question, answered outright.
        ("does ketamine help anxiety", "and ocd?", "efficacy-ocd"),
        ("does ketamine work for depression", "and for bipolar?", "efficacy-bipolar-depression"),
        ("how much is one iv session usually", "what about the nasal spray", "cost-spravato"),
        # Naming another treatment or condition: the entry of the topic whose question names it,
        # answered, not offered (each of these was a did-you-mean before).
        ("what's a single infusion going to cost me", "and the spray?", "cost-spravato"),
        ("will my plan cover ketamine infusions", "and spravato?", "insurance-spravato"),
        ("does ketamine work for depression", "ocd too?", "efficacy-ocd"),
        ("how much does one ketamine infusion run", "and the nasal spray version?", "cost-spravato"),
        # Only a treatment named: not a question of its own (not the entry on what esketamine is).
        ("does insurance pay for iv ketamine", "what about esketamine", "insurance-spravato"),
        # A short question of its own is not taken for a switch.
        ("does ketamine work for ptsd", "spravato cost?", "cost-spravato"),
        ("does ketamine work for anxiety", "is spravato addictive?", "risks-addiction-abuse"),
        ("how much is one infusion", "esketamine vs ketamine?", "ketamine-vs-esketamine"),
        # A short opening that names another condition, then the visitor's own story (until the
        # session from 12:55 UTC on 2026-12-06 too long to lean on the previous turn: "not sure" and a did-you-mean).
        (
            "does ketamine help ptsd",
            "and depression too? some days i cant get out of bed",
            "efficacy-depression-iv-ketamine",
        ),
        (
            "does ketamine work for depression",
            "and for ptsd? my brother has nightmares every night since the war",
            "efficacy-ptsd",
        ),
        # With depression in play, the entry on how fast it works for depression is nearer, but the
        # message asks about the treatment, not about how fast: the condition in play chooses within
        # a topic, never another topic (until the session from 15:19 UTC on 2026-12-06, that entry).
        ("can ketamine help with my depression", "how long is each session", "treatment-process-overview"),
    ],
)
def test_a_follow_up_is_answered_with_the_entry_it_asks_for(
    service: KnowledgeService, first: str, follow_up: str, slug: str
) -> None:
    context = service.respond(first).context
    reply = service.respond(follow_up, context)
    assert reply.answer is not None and reply.answer.entry.slug == slug


@pytest.mark.parametrize("follow_up", ["and the IV one?", "and for IV ketamine?"])
def test_a_switch_never_shows_an_entry_about_the_treatment_switched_from(
    service: KnowledgeService, follow_up: str
) -> None:
    """After SPRAVATO with Medicaid, "and the IV one?" asks about infusions: the SPRAVATO entry is near
    the rest of the question, but it is neither the answer nor one of the choices (it was answered
    before); the entry on insurance for IV ketamine is."""
    context = service.respond("does medicaid pay for spravato").context
    assert context.last_entry == "spravato-medicare-medicaid"
    reply = service.respond(follow_up, context)
    shown = shown_slugs(reply)
    assert not any("spravato" in slug for slug in shown), shown
    assert shown[:1] == ["insurance-iv-ketamine"]


@pytest.mark.parametrize(
    "follow_up, first_shown",
    [
        # The issue's own example: before the session from 15:19 UTC on 2026-12-06, "did you mean"
        # with the PTSD entry alone.
        ("is that safe for me then", "risks-overview"),
        # "that" is the visitor's medicine, not the previous answer (before: the PTSD entry as the answer).
        ("i'm on zoloft, is that a problem", "eligibility-medication-interactions"),
        ("i'm on prazosin for nightmares, is that ok with it", "eligibility-medication-interactions"),
    ],
)
def test_a_new_question_with_that_is_not_the_previous_answer_again(
    service: KnowledgeService, follow_up: str, first_shown: str
) -> None:
    """Read with PTSD in play, these come back to the PTSD answer the visitor just read; read alone they
    ask about something else, and that reading is shown."""
    context = service.respond("does ketamine help ptsd").context
    assert context.last_entry == "efficacy-ptsd"
    reply = service.respond(follow_up, context)
    shown = shown_slugs(reply)
    assert "efficacy-ptsd" not in shown
    assert shown[:1] == [first_shown]


def test_a_follow_up_about_pregnancy_moves_off_the_previous_answer(service: KnowledgeService) -> None:
    """ "what if im pregnant" after the blood-pressure answer asks about pregnancy: the pregnancy entry,
    answered or offered, never the blood-pressure answer again ("im" is "I'm", not an IM shot)."""
    context = service.respond("is ketamine safe if i have high blood pressure").context
    assert context.last_entry == "risks-blood-pressure-heart" and context.route is None
    for follow_up in ("what if im pregnant", "and what about if im pregnant?"):
        reply = service.respond(follow_up, context)
        shown = shown_slugs(reply)
        assert shown[:1] == ["eligibility-pregnancy-breastfeeding"], (follow_up, shown)
        assert reply.context.route is None


def test_a_follow_up_that_names_nothing_asks_about_the_condition_in_play(service: KnowledgeService) -> None:
    # Read alone, "how soon would i feel a difference" is the general entry on how fast it works;
    # after a question about PTSD it asks how fast it works for PTSD, which one entry names.
    assert service.respond("how soon would i feel a difference").answer.entry.slug == "onset-duration-overview"
    context = service.respond("can ketamine help my ptsd").context
    assert context.condition == "ptsd"
    reply = service.respond("how soon would i feel a difference", context)
    assert reply.answer is not None and reply.answer.entry.slug == "onset-anxiety-ptsd"


def test_a_follow_up_answered_alone_about_another_condition_follows_the_one_in_play(
    service: KnowledgeService,
) -> None:
    # Read alone, "how soon would i notice anything" is answered with the entry on depression. After a
    # question about PTSD the entry on PTSD leads the reading with PTSD (entries naming what is in
    # play get a little more) and answers instead; with depression in play the message keeps its own.
    alone = service.respond("how soon would i notice anything")
    assert alone.answer is not None and alone.answer.entry.slug == "onset-how-fast-depression"
    context = service.respond("does ketamine work for ptsd").context
    reply = service.respond("how soon would i notice anything", context)
    assert reply.answer is not None and reply.answer.entry.slug == "onset-anxiety-ptsd"
    assert reply.context.condition == "ptsd"
    context = service.respond("does ketamine work for depression").context
    reply = service.respond("how soon would i notice anything", context)
    assert reply.answer is not None and reply.answer.entry.slug == "onset-how-fast-depression"


def test_an_entry_naming_the_condition_in_play_among_others_names_no_other(service: KnowledgeService) -> None:
    # "How fast does ketamine work for anxiety or PTSD?" names anxiety first, but PTSD too: with PTSD
    # in play it is not about another condition, so it is never passed over for that reason.
    reader, ptsd = selector_of(service).follow_ups, Context(condition="ptsd")
    assert reader.names_another("onset-how-fast-depression", ptsd)
    assert not reader.names_another("onset-anxiety-ptsd", ptsd)
    assert not reader.names_another("cost-overview", ptsd)  # names no condition at all


@pytest.mark.parametrize(
    ("question", "slug", "answered"),
    [
        ("pts with high bp ok?", "risks-blood-pressure-heart", True),
        # The word model reads "ketamine with PTSD"; the sentence model and the word-by-word cover
        # read "ket" and "w", which no entry uses: offered alone (probability 0.78), not answered.
        ("does ket help w ptsd", "efficacy-ptsd", False),
        ("is ketamine good for trd", "efficacy-depression-iv-ketamine", True),
    ],
)
def test_clinical_shorthand_reads_as_the_words_it_stands_for(
    service: KnowledgeService, question: str, slug: str, answered: bool
) -> None:
    # "pts", "bp", "ket" and "trd" are in no entry; the language file writes them out ("patients",
    # "blood pressure", "ketamine", "treatment-resistant depression") for the word model, so the
    # right entry leads.
    assert {"patients", "blood", "pressure", "ketamine", "resistant"} & set(
        selector_of(service).language.content_words(question)
    )
    reply = service.respond(question)
    if answered:
        assert reply.answer is not None and reply.answer.entry.slug == slug, question
    else:
        assert reply.answer is None and [entry.slug for entry in reply.choices] == [slug], question


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "my therapist says ketamine can lower suicidal thinking, is there any research behind that?",
            "efficacy-suicidal-thoughts",
        ),
        ("i've had suicidal thoughts for months. could ketamine help with that?", "efficacy-suicidal-thoughts"),
        ("i want to die. how much is a ketamine infusion", None),  # never a price after such words
        ("i want to kill myself, can you get hooked on ketamine?", None),
        ("my dad wants to end his life. is ketamine addictive?", None),
        ("is ketamine addictive", "risks-addiction-abuse"),  # no crisis words: its answer follows as usual
    ],
)
def test_after_crisis_words_only_the_entry_about_suicide_follows_the_resources(
    service: KnowledgeService, text: str, slug: str | None
) -> None:
    """The entry whose own question is about suicide opens with 988 itself and was written for such
    a reader; any other answer after crisis words would read as if the crisis were not heard."""
    reply = service.answer_after_crisis(text)
    assert (reply.answer.entry.slug if reply is not None and reply.answer is not None else None) == slug


@pytest.mark.parametrize(
    "first, follow_up, slug",
    [
        # Names SPRAVATO, which the SPRAVATO price's question already names: no switch, so not that price
        # again (it was, as the answer, before the session from 17:51 UTC on 2026-12-06).
        ("how much does spravato cost", "is spravato the same as ketamine", "ketamine-vs-esketamine"),
        ("how much does spravato cost", "is spravato the same thing", "ketamine-vs-esketamine"),
        ("does the va cover ketamine", "is spravato the same thing", "ketamine-vs-esketamine"),
    ],
)
def test_naming_what_the_previous_question_names_is_a_new_question(
    service: KnowledgeService, first: str, follow_up: str, slug: str
) -> None:
    context = service.respond(first).context
    reply = service.respond(follow_up, context)
    shown = shown_slugs(reply)
    assert context.last_entry not in shown
    assert shown[:1] == [slug]


def test_the_condition_in_play_does_not_pull_a_question_into_another_topic(service: KnowledgeService) -> None:
    """With depression in play, "how long does one session take" was answered with how fast ketamine
    works for depression (until the session from 17:51 UTC on 2026-12-06); read alone it asks about
    sessions, and the visitor gets that reading's choices."""
    context = service.respond("does ketamine work for depression").context
    reply = service.respond("how long does one session take", context)
    shown = shown_slugs(reply)
    assert "onset-how-fast-depression" not in shown
    assert "treatment-process-overview" in shown


def test_the_treatment_in_play_still_chooses_the_entry_about_it(service: KnowledgeService) -> None:
    """A treatment in play may lead to another topic than the message read alone: after SPRAVATO at
    home, "how long do they keep you there" is the SPRAVATO visit."""
    context = service.respond("can i do the spray at home or do i gotta go somewhere for it").context
    reply = service.respond("how long do they keep you there", context)
    assert reply.answer is not None and reply.answer.entry.slug == "spravato-visit"


def test_a_question_after_a_did_you_mean_is_not_offered_the_passed_entry_again(service: KnowledgeService) -> None:
    """After "did you mean" the anxiety entry, the visitor asks instead whether their medicine clashes:
    read with what is in play it only offered the anxiety entry again (until the session from 17:51
    UTC on 2026-12-06); read alone it leads with the entry on other medicines."""
    first = "i worry nonstop and i'm on lexapro. does ketamine do anything for worry or only depression"
    context = service.respond(first).context
    assert context.offered and context.last_entry == "efficacy-anxiety"
    reply = service.respond("is the lexapro gonna fight with it", context)
    shown = shown_slugs(reply)
    assert shown[:1] == ["eligibility-medication-interactions"]


def test_a_longer_question_naming_no_condition_is_not_answered_about_another(service: KnowledgeService) -> None:
    """Too long to count as a follow-up, and read alone answered with how fast ketamine works for
    depression; with PTSD in play and no condition named, it asks about PTSD (until the session from
    17:51 UTC on 2026-12-06, the depression entry)."""
    context = service.respond("does ketamine help ptsd").context
    reply = service.respond("how long until i feel a difference after the sessions?", context)
    assert reply.answer is not None and reply.answer.entry.slug == "onset-anxiety-ptsd"
