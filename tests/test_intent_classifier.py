"""The trained model's classifier on messages with no words (an answer, never an exception), and the
sentence features it reads."""

import asyncio
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def parse(trained_model: Path):
    from rasa.core.agent import Agent

    agent = Agent.load(str(trained_model))
    loop = asyncio.new_event_loop()
    yield lambda text: loop.run_until_complete(agent.parse_message(text))
    loop.close()


@pytest.mark.parametrize("text", ["", " ", "\t\n", "\u3000"])
def test_a_message_without_words_falls_back_instead_of_failing_the_parse(parse, text: str) -> None:
    # Rasa's own logistic-regression classifier raised on these (no features), failing the parse.
    assert parse(text)["intent"]["name"] == "nlu_fallback"


def test_messages_with_words_are_still_classified(parse) -> None:
    assert parse("how much does a ketamine infusion cost")["intent"]["name"] == "ask_question"
    assert parse("hello there")["intent"]["name"] == "greet"


def test_the_classifier_reads_each_message_s_meaning_as_scaled_sentence_features() -> None:
    import numpy as np
    from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
    from rasa.shared.nlu.training_data.message import Message

    from components.sentence_featurizer import SentenceEmbeddingFeaturizer, language_encoder

    featurizer = SentenceEmbeddingFeaturizer({**SentenceEmbeddingFeaturizer.get_default_config(), "weight": 2.0}, "s")
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    question, blank = Message({"text": "does ketamine help with ptsd"}), Message({"text": "   "})
    tokenizer.process([question, blank])
    featurizer.process([question, blank])

    _, sentence = question.get_dense_features("text")
    assert sentence is not None and sentence.features.shape == (1, 384)
    expected = language_encoder("en").encode(["does ketamine help with ptsd"])[0]
    assert np.allclose(sentence.features[0], 2.0 * expected, atol=1e-5)
    assert np.linalg.norm(sentence.features[0]) == pytest.approx(2.0, abs=1e-3)
    # No words, no features: the classifier leaves it without an intent (the tests above).
    assert blank.get_dense_features("text") == (None, None)


# Heavy but safe: years of failed medicines, a veteran's nightmares, grief, a teenager, a sober
# drinker, insurance. Fresh persona-style questions like these got the crisis resources from the
# classifier (README, "Heavy stories and a crisis floor"); written for this test, in no training or evaluation set.
HEAVY_BUT_SAFE = [
    "I've been through zoloft, prozac, effexor, cymbalta and two augmenting drugs over twelve years and I'm"
    " worn out from trying. My new psychiatrist mentioned ketamine infusions. How many sessions would I need"
    " before I know if it helps?",
    "My husband came back from Afghanistan with PTSD and he hardly sleeps, he snaps at the kids and then feels"
    " terrible about it. We're both exhausted. Would the VA pay for something like Spravato for him?",
    "Since my mom died in the spring I can't get out of this fog, and my therapist thinks it's turned into real"
    " depression. Is ketamine something people use for grief like that, and is it safe with my blood pressure pills?",
    "I'm eleven years sober from alcohol and I'm scared that ketamine could wake up the old cravings. Would a"
    " clinic even treat someone with my history?",
    "My daughter is 17 and her depression has been brutal this year, we've tried two medicines and therapy."
    " Can teenagers get ketamine or spravato?",
    "honestly im so tired of feeling like this, nothing has worked for my anxiety and my insurance keeps"
    " denying stuff. does insurance ever pay for ketamine infusions",
]
# The same kind of story with danger in it.
DANGER_IN_A_STORY = [
    "I've tried every antidepressant there is and I've already written letters to my kids for when I'm gone."
    " Does insurance pay for ketamine?",
    "My husband came back from deployment and tonight he's sitting in the garage with his rifle saying we'd"
    " be better off. What do I do?",
    "Since my wife passed I've been saving my sleeping pills and I have enough now. Is spravato covered by medicare?",
    "honestly if the first infusion doesnt work i'm not going to stick around for a second one. how much is the first one",
]


@pytest.mark.parametrize("text", HEAVY_BUT_SAFE)
def test_a_heavy_story_with_a_question_is_a_question(parse, text: str) -> None:
    assert parse(text)["intent"]["name"] == "ask_question"


@pytest.mark.parametrize("text", DANGER_IN_A_STORY)
def test_danger_inside_a_story_is_a_crisis(parse, text: str) -> None:
    assert parse(text)["intent"]["name"] == "crisis"
