"""Answer selection on a small knowledge base written here: answer, did-you-mean, not sure, follow-ups.

Each behaviour holds with the sentence encoder (words and meaning, as deployed) and without
it (words alone, what selection falls back to when the model is not installed)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import yaml
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from bot.kb.embedding import shared_encoder
from bot.kb.entry_model import Terms
from bot.kb.follow_ups import NAMES_IT, SAME_TOPIC, Context, FollowUp, FollowUpReader
from bot.kb.language import LANGUAGES_DIR, load_language
from bot.kb.retrieval import IndexedEntry
from bot.kb.selection import ANSWER, CHOOSE, UNKNOWN, Policy, Selection, Selector

ENTRIES = [
    IndexedEntry(
        "efficacy-depression",
        "efficacy",
        (
            "Does ketamine work for depression?",
            "Can ketamine help my depression?",
            "Is ketamine effective for depression?",
            "ketamine results for depression",
        ),
    ),
    IndexedEntry(
        "efficacy-ptsd",
        "efficacy",
        (
            "Does ketamine work for PTSD?",
            "Can ketamine help PTSD?",
            "Is ketamine effective for PTSD?",
            "ketamine results for PTSD",
        ),
    ),
    IndexedEntry(
        "efficacy-anxiety",
        "efficacy",
        (
            "Does ketamine work for anxiety?",
            "Can ketamine help my anxiety?",
            "Is ketamine effective for anxiety?",
            "ketamine results for anxiety",
        ),
    ),
    IndexedEntry(
        "onset-ptsd",
        "onset_duration",
        (
            "How long does ketamine last for PTSD?",
            "How fast does ketamine work for PTSD?",
            "When does the PTSD relief wear off?",
        ),
    ),
    IndexedEntry(
        "cost-iv",
        "cost",
        ("How much does one ketamine infusion cost?", "price of an IV infusion", "What do infusions cost?"),
    ),
    IndexedEntry(
        "cost-spravato",
        "cost",
        ("How much does SPRAVATO cost?", "price of the nasal spray", "What does esketamine cost?"),
    ),
    IndexedEntry(
        "risks-bladder",
        "risks",
        ("Can ketamine damage your bladder?", "ketamine and bladder problems", "does ketamine hurt the bladder"),
    ),
    IndexedEntry(
        "risks-blood-pressure", "risks", ("Does ketamine raise blood pressure?", "ketamine and high blood pressure")
    ),
]


@pytest.fixture(scope="module", params=["words and meaning", "words alone"])
def selector(request: pytest.FixtureRequest) -> Selector:
    if request.param == "words alone":
        return Selector(ENTRIES, load_language("en"))
    encoder = shared_encoder(load_language("en").sentence_model or "")
    assert encoder is not None, "make setup installs the sentence model"
    return Selector(ENTRIES, load_language("en"), encoder=encoder)


def answered_with_meaning(selector: Selector, selection: Selection) -> bool:
    """Answered outright, or (words alone) at least offered first: the confidence model for words
    alone was fitted on the shipped knowledge base, whose scores run higher than on eight entries,
    and is more cautious here near its threshold."""
    return selection.kind == ANSWER or (selector.encoder is None and selection.kind == CHOOSE)


def test_a_clear_question_gets_its_entry(selector: Selector) -> None:
    selection = selector.select("can ketamine damage the bladder")
    assert (selection.kind, selection.best.slug) == (ANSWER, "risks-bladder")
    assert selection.context.last_entry == "risks-bladder"


def test_a_misspelt_question_still_gets_its_entry(selector: Selector) -> None:
    assert selector.select("does ketamin raise my blod presure").best.slug == "risks-blood-pressure"


def test_words_no_entry_knows_are_never_answered_with_an_unrelated_entry(selector: Selector) -> None:
    for question in ("will it show up on a drug test for work", "what's the weather tomorrow", "zzkx qwpo"):
        assert selector.select(question).kind != ANSWER, question


def test_an_unrelated_question_is_not_sure(selector: Selector) -> None:
    assert selector.select("can I bring my dog to the office party").kind == UNKNOWN


def test_two_close_entries_are_offered_as_choices(selector: Selector) -> None:
    selection = selector.select("what is the price of ketamine")
    assert selection.kind == CHOOSE
    assert {candidate.slug for candidate in selection.candidates} >= {"cost-iv", "cost-spravato"}


def test_naming_another_condition_moves_to_the_same_topic(selector: Selector) -> None:
    first = selector.select("does ketamine work for depression")
    assert first.best.slug == "efficacy-depression" and first.context.condition == "depression"
    follow_up = selector.select("what about ptsd?", first.context)
    assert follow_up.best.slug == "efficacy-ptsd" and answered_with_meaning(selector, follow_up)
    assert follow_up.context.condition == "ptsd"
    assert selector.select("and for anxiety?", follow_up.context).best.slug == "efficacy-anxiety"


@pytest.mark.parametrize(
    ("message", "leans"),
    [
        ("what about ptsd?", True),
        ("and depression too? some days i cant get out of bed", True),
        ("what about anxiety, my chest gets tight before every meeting", True),
        ("...and for ptsd? my brother has nightmares every night since the war", True),
        # The opening names nothing, or says too much before its first comma or sentence end.
        ("my brother has nightmares every night since the war, does it help ptsd", False),
        ("does ketamine also help people with ptsd who have nightmares every night", False),
        ("some days i cant get out of bed. does it help", False),
    ],
)
def test_a_longer_message_leans_on_the_previous_turn_only_by_a_short_naming_opening(message: str, leans: bool) -> None:
    """Words only: no sentence encoder is needed to tell."""
    reader = FollowUpReader(ENTRIES, load_language("en"), Policy().follow_up_words)
    assert reader.leans_on_previous(message) is leans


def test_a_back_reference_uses_the_condition_in_play(selector: Selector) -> None:
    context = Context(last_entry="efficacy-ptsd", condition="ptsd")
    assert selector.select("how long does that last?", context).best.slug == "onset-ptsd"


def test_naming_another_treatment_moves_to_the_same_topic(selector: Selector) -> None:
    context = selector.select("how much is one ketamine infusion").context
    assert context.last_entry == "cost-iv" and context.route == "iv"
    assert selector.select("what about the nasal spray?", context).best.slug == "cost-spravato"


@pytest.mark.parametrize(
    ("offered", "switches"),
    [
        ([2], True),  # the one entry of the topic whose question names the new treatment
        ([2, 1], True),  # ahead of another entry of the topic that does not name it
        ([2, 3], False),  # two entries name it: which one is the visitor's question is not clear
        ([1, 2], False),  # it is offered, but not first
        ([0], False),  # another topic
    ],
)
def test_a_switch_is_to_the_one_entry_that_names_what_the_follow_up_names(offered: list[int], switches: bool) -> None:
    boost = np.array([0.0, SAME_TOPIC, NAMES_IT, NAMES_IT])
    assert FollowUp("and the spray? spravato how much is one infusion", boost).switches_to(offered) is switches
    assert not FollowUp("how much is that? spravato").switches_to(offered)  # no switch: no boost


def test_a_message_that_only_names_a_treatment_or_condition_asks_nothing_alone() -> None:
    language = load_language("en")
    for message in ("and the nasal spray?", "what about PTSD", "OCD too?", "and for bipolar?", "esketamine"):
        assert language.names_only(message), message
    for message in ("spravato cost?", "is the spray safe", "what about that", "?", ""):
        assert not language.names_only(message), message


def test_every_word_in_a_language_file_is_text() -> None:
    """YAML reads a bare on, off, yes or no as true or false: the English stop words held True, not "on",
    until 2026-12-06."""

    def leaves(value: object) -> list[object]:
        if isinstance(value, dict):
            return [leaf for key, item in value.items() for leaf in (key, *leaves(item))]
        if isinstance(value, list):
            return [leaf for item in value for leaf in leaves(item)]
        return [value]

    files = [path for path in LANGUAGES_DIR.glob("*.yml") if not path.name.endswith(".confidence.yml")]
    assert files
    for path in files:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        words = [
            leaf for key, value in raw.items() if key not in ("stemmer", "sentence_model") for leaf in leaves(value)
        ]
        assert all(isinstance(word, str) for word in words), (path.name, [w for w in words if not isinstance(w, str)])


def test_an_abbreviation_names_a_treatment_only_in_capitals() -> None:
    """ "IM" is an intramuscular shot; "im" is how visitors type "I'm" ("what if im pregnant" after the
    blood-pressure answer had been read as "what about a shot?", and repeated that answer)."""
    language = load_language("en")
    assert language.route_in("IM vs IV vs oral ketamine") == "injection"
    assert language.route_in("any data on IM ketamine?") == "injection"
    for message in ("what if im pregnant", "im on lexapro, can i do it", "Im scared of needles"):
        assert language.route_in(message) is None, message
    assert language.route_in("what about a shot") == "injection"


def test_after_a_did_you_mean_a_follow_up_leans_on_the_first_entry_offered(selector: Selector) -> None:
    earlier = Context(last_entry="risks-bladder")
    offered = selector.select("ketamine helps?", earlier)
    assert offered.kind == CHOOSE and offered.context.last_entry == offered.best.slug
    unsure = selector.select("zzkx qwpo", earlier)
    assert unsure.kind == UNKNOWN and unsure.context.last_entry == "risks-bladder"


def test_a_did_you_mean_keeps_every_entry_offered_until_the_next_reply(selector: Selector) -> None:
    offered = selector.select("what is the price of ketamine")
    assert offered.kind == CHOOSE
    assert offered.context.offered == tuple(candidate.slug for candidate in offered.candidates)
    assert selector.select("can ketamine damage the bladder", offered.context).context.offered == ()


#: A "did you mean" whose first entry (what a follow-up otherwise leans on) names no treatment.
BLADDER_OR_PRICES = Context(last_entry="risks-bladder", offered=("risks-bladder", "cost-spravato", "cost-iv"))


@pytest.mark.parametrize(
    ("reply", "slug"),
    [
        ("what about the spray one", "cost-spravato"),
        ("the nasal spray", "cost-spravato"),
        ("and the IV one?", "cost-iv"),
    ],
)
def test_a_reply_naming_what_only_one_offered_entry_names_picks_it(selector: Selector, reply: str, slug: str) -> None:
    picked = selector.select(reply, BLADDER_OR_PRICES)
    assert (picked.kind, picked.best.slug) == (ANSWER, slug)
    assert picked.context.last_entry == slug and picked.context.offered == ()


def test_a_reply_naming_what_several_or_no_offered_entries_name_picks_none(selector: Selector) -> None:
    reader = selector.follow_ups
    assert reader.picked("the spray one", ("cost-spravato", "cost-iv")) == "cost-spravato"
    assert reader.picked("the spray one", ("cost-spravato", "cost-iv", "cost-spravato")) is None  # two name it
    assert reader.picked("the oral one", ("cost-spravato", "cost-iv")) is None  # none names it
    assert reader.picked("the cheaper one", ("cost-spravato", "cost-iv")) is None  # names nothing
    assert reader.picked("the spray one", ()) is None  # nothing offered
    long_reply = "and would the nasal spray be the one that is covered by my insurance through my job at the mill"
    assert reader.picked(long_reply, ("cost-spravato", "cost-iv")) is None  # a question of its own


@pytest.mark.parametrize(
    ("reply", "place"),
    [
        ("the first one", 0),
        ("the top one", 0),
        ("1st one pls", 0),
        ("the second one", 1),
        ("#2", 1),
        ("number 2", 1),
        ("no. 2", 1),
        ("yes the 2nd", 1),
        ("third?", 2),
        ("option 3", 2),
        ("the last one", -1),
        ("2 sessions", None),
        ("is the first session the longest", None),
        ("the medicare one", None),
        ("yes", None),
        ("no", None),
        ("the first and the second", None),
    ],
)
def test_a_place_in_a_list_is_read_only_from_a_message_that_says_nothing_else(reply: str, place: int | None) -> None:
    assert load_language("en").place_in_list(reply) == place


@pytest.mark.parametrize(
    ("reply", "slug"), [("the first one", "risks-bladder"), ("#2", "cost-spravato"), ("the last one", "cost-iv")]
)
def test_a_reply_giving_an_offered_entrys_place_picks_it(selector: Selector, reply: str, slug: str) -> None:
    picked = selector.select(reply, BLADDER_OR_PRICES)
    assert (picked.kind, picked.best.slug) == (ANSWER, slug)
    assert selector.select("the fourth one", BLADDER_OR_PRICES).kind != ANSWER  # three were offered
    assert selector.select("the first one", replace(BLADDER_OR_PRICES, offered=())).kind != ANSWER  # none offered


def test_a_reply_with_a_word_or_two_only_one_offered_question_holds_picks_it(selector: Selector) -> None:
    reader, offered = selector.follow_ups, BLADDER_OR_PRICES.offered
    assert reader.picked("the bladder one", offered) == "risks-bladder"
    assert reader.picked("yes the bladders", offered) == "risks-bladder"  # another form of the word
    assert reader.picked("the cost one", offered) is None  # two offered questions hold it
    assert reader.picked("damage and cost", offered) is None  # no one question holds both
    assert reader.picked("the bladder one that hurts a lot", offered) is None  # more than two words
    assert reader.picked("the bladder one", offered, answered_alone=True) is None  # a question of its own


def test_that_one_picks_the_one_entry_offered_and_offers_several_again(selector: Selector) -> None:
    one = Context(last_entry="cost-iv", offered=("cost-iv",))
    for reply in ("that one", "yes this", "this one please"):
        assert (selector.select(reply, one).kind, selector.select(reply, one).best.slug) == (ANSWER, "cost-iv")
    again = selector.select("that one", BLADDER_OR_PRICES)
    assert again.kind == CHOOSE and tuple(c.slug for c in again.candidates) == BLADDER_OR_PRICES.offered
    assert again.context.offered == BLADDER_OR_PRICES.offered  # still open
    for reply in ("ok", "what?", "that one about the cost"):  # no back-reference, or words of its own
        assert not selector.follow_ups.points_back_only(reply), reply


def test_a_question_of_its_own_after_a_did_you_mean_is_read_alone(selector: Selector) -> None:
    """Naming the spray does not pick the SPRAVATO price when the message asks something answered alone."""
    selection = selector.select("does the nasal spray damage the bladder", BLADDER_OR_PRICES)
    assert (selection.kind, selection.best.slug) == (ANSWER, "risks-bladder")


def test_a_follow_up_without_context_is_not_answered_from_nothing(selector: Selector) -> None:
    assert selector.select("what about that?").kind != ANSWER


def test_a_long_question_is_read_on_its_own(selector: Selector) -> None:
    context = Context(last_entry="efficacy-ptsd", condition="ptsd")
    selection = selector.select("separately from that, can ketamine damage the bladder if used a lot", context)
    assert selection.best.slug == "risks-bladder"


def test_an_empty_knowledge_base_is_never_sure() -> None:
    assert Selector([], load_language("en")).select("does ketamine work").kind == UNKNOWN
    single = Selector(ENTRIES[:1], load_language("en"))
    assert single.select("does ketamine work for depression").best.slug == "efficacy-depression"


def test_an_entry_s_own_wording_is_answered_with_that_entry() -> None:
    """Two entries whose wordings overlap almost entirely: the model alone offers both for the
    first one's question, but a message that is exactly an entry's wording (case and
    punctuation aside) gets that entry."""
    twins = [
        IndexedEntry(
            "history", "what_is_ketamine", ("How long has ketamine been used in medicine?", "ketamine history")
        ),
        IndexedEntry(
            "overview",
            "what_is_ketamine",
            ("What is ketamine?", "ketamine in medicine", "how long has ketamine been used in medicine for depression"),
        ),
        IndexedEntry("shared", "risks", ("Is ketamine safe?",)),
        IndexedEntry("shared-too", "risks", ("is ketamine SAFE",)),
    ]
    selector = Selector(twins, load_language("en"))
    selection = selector.select("HOW LONG has ketamine been used in medicine")
    assert (selection.kind, selection.best.slug) == (ANSWER, "history")
    selector._exact.clear()  # the same message without the rule: the model alone is not sure between the two
    assert selector.select("HOW LONG has ketamine been used in medicine").kind == CHOOSE
    assert Selector(twins, load_language("en")).select("is ketamine safe").kind != ANSWER  # shared: decides nothing


def test_chat_shorthand_reads_as_the_words_it_stands_for(selector: Selector) -> None:
    english = load_language("en")
    assert english.content_words("do ppl need meds b4 an appt bc of it, tbh") == [
        "people",
        "need",
        "medications",
        "before",
        "appointment",
    ]
    # "tbh" and "tho" are no words the knowledge base uses, yet no question nobody answered either.
    for question in ("does ketamine raise blood pressure tbh", "does ketamine raise blood pressure tho"):
        selection = selector.select(question)
        assert (selection.kind, selection.best.slug) == (ANSWER, "risks-blood-pressure"), question


def test_a_single_letter_is_no_unknown_subject(selector: Selector) -> None:
    assert "o" not in selector.vocabulary.words and selector.vocabulary.knows("o")  # "w/o" reads as "w" and "o"
    selection = selector.select("what does one ketamine infusion cost w/ or w/o an IV")
    assert (selection.kind, selection.best.slug) == (ANSWER, "cost-iv")


def test_another_form_of_a_word_the_knowledge_base_uses_is_known(selector: Selector) -> None:
    # "damaging" is neither a word of the entries nor one typo from one ("damage" is two letters off),
    # but it is a form of "damage": a question about the bladder entry, not about a subject nobody answered.
    assert "damaging" not in selector.vocabulary.words and selector.vocabulary.knows("damaging")
    selection = selector.select("is ketamine damaging to bladders")
    assert selection.best.slug == "risks-bladder" and answered_with_meaning(selector, selection)
    assert not selector.vocabulary.knows("hiccups")


def test_a_language_without_a_stemmer_leaves_words_as_written() -> None:
    english = load_language("en")
    assert english.stem("pushing") == english.stem("pushed") == "push"
    assert replace(english, stemmer=None).stem("pushing") == "pushing"


@pytest.mark.parametrize("analyzer, ngrams", [("word", (1, 2)), ("char_wb", (2, 5))])
def test_a_message_s_term_weights_are_scikit_learn_s_tfidf(analyzer: str, ngrams: tuple[int, int]) -> None:
    documents = [text for entry in ENTRIES for text in entry.texts]
    options = {"analyzer": analyzer, "ngram_range": ngrams, "strip_accents": "unicode"}
    terms = Terms(CountVectorizer(**options))
    reference = TfidfVectorizer(sublinear_tf=True, **options)
    assert abs(terms.fit_transform(documents) - reference.fit_transform(documents)).max() < 1e-12
    for message in ["how much does an infusion cost cost cost", "¿Qué es la ketamina?", "zzzz qqq", "", "  "]:
        indices, values = terms.weighted(message)
        expected = reference.transform([message]).toarray()[0]
        actual = np.zeros_like(expected)
        actual[indices] = values
        np.testing.assert_allclose(actual, expected, atol=1e-12)
