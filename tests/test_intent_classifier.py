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
