"""The shortened featurizing and stacking of ``make train`` against Rasa's own classes: the same
sentence features and the same classifier matrix, computed once for all messages
(components/count_featurizer.py, components/intent_classifier.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.count_featurizer import SentenceCountsFeaturizer
from components.intent_classifier import TunedLogisticRegressionClassifier

# Written for this test: digits, repeated words, an out-of-vocabulary message, one with no words.
TRAINING = [
    ("how much does a ketamine infusion cost", "ask_question"),
    ("is 400 dollars for one infusion normal", "ask_question"),
    ("hello hello there", "greet"),
    ("find me a clinic near Austin TX", "find_clinic"),
    ("thanks a lot", "thank"),
]
LATER = ["what does spravato cost", "zzz qqq", "   ", "clinic clinic clinic near 78701"]

CONFIGS: list[dict[str, Any]] = [{"max_ngram": 2}, {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 5}]


def _messages(texts: list[str], intents: list[str] | None = None) -> list[Message]:
    labels: list[str | None] = list(intents) if intents else [None] * len(texts)
    messages = [
        Message({"text": text, **({"intent": intent} if intent else {})})
        for text, intent in zip(texts, labels, strict=True)
    ]
    WhitespaceTokenizer(WhitespaceTokenizer.get_default_config()).process(messages)
    return messages


def _trained(
    cls: type[CountVectorsFeaturizer], config: dict[str, Any], tmp_path: Path, name: str
) -> CountVectorsFeaturizer:
    featurizer = cls.create(
        {**cls.get_default_config(), **config},
        LocalModelStorage(tmp_path),
        Resource(name),
        ExecutionContext(GraphSchema({}), node_name=name),
    )
    featurizer.train(TrainingData(_messages([t for t, _ in TRAINING], [i for _, i in TRAINING])))
    return featurizer


@pytest.mark.parametrize("config", CONFIGS, ids=["words", "characters"])
def test_the_sentence_counts_are_rasa_s_and_nothing_else_is_computed(config: dict[str, Any], tmp_path: Path) -> None:
    texts = [t for t, _ in TRAINING] + LATER
    rasa_messages, our_messages = _messages(texts), _messages(texts)
    _trained(CountVectorsFeaturizer, config, tmp_path, "rasa").process(rasa_messages)
    _trained(SentenceCountsFeaturizer, config, tmp_path, "ours").process(our_messages)

    for text, theirs, ours in zip(texts, rasa_messages, our_messages, strict=True):
        _, expected = theirs.get_sparse_features("text")
        sequence, sentence = ours.get_sparse_features("text")
        assert sequence is None, text
        if expected is None:  # no words: no features either way
            assert sentence is None, text
            continue
        assert sentence is not None and sentence.features.shape == expected.features.shape, text
        assert (sentence.features != expected.features).nnz == 0, text
        assert np.array_equal(sentence.features.row, expected.features.row), text
        assert np.array_equal(sentence.features.col, expected.features.col), text


def _featurized(texts: list[str], tmp_path: Path) -> list[Message]:
    messages = _messages(texts)
    for position, config in enumerate(CONFIGS):
        _trained(SentenceCountsFeaturizer, config, tmp_path, f"counts{position}").process(messages)
    # The meaning features need the sentence model; a small stand-in keeps this test about stacking.
    for position, message in enumerate(messages):
        if (message.get("text") or "").strip():
            dense = np.arange(3, dtype=np.float32)[None, :] + position
            message.add_features(Features(dense, FEATURE_TYPE_SENTENCE, "text", "meaning"))
    return messages


def _classifier(tmp_path: Path) -> TunedLogisticRegressionClassifier:
    config = {**TunedLogisticRegressionClassifier.get_default_config(), "random_state": 7}
    return TunedLogisticRegressionClassifier.create(
        config, LocalModelStorage(tmp_path), Resource("lr"), ExecutionContext(GraphSchema({}), node_name="lr")
    )


def test_the_classifier_matrix_is_rasa_s_stacked_at_once(tmp_path: Path) -> None:
    messages = _featurized([t for t, _ in TRAINING] + LATER[:2] + LATER[3:], tmp_path)
    classifier = _classifier(tmp_path)
    # Rasa's own method, called on the same object: the reference.
    expected = LogisticRegressionClassifier._create_X(classifier, messages).tocsr()
    ours = classifier._create_X(messages)
    assert ours.shape == expected.shape and ours.shape[1] > 3
    assert (ours != expected).nnz == 0
    for row in range(ours.shape[0]):  # the same order within each row as well
        assert np.array_equal(ours[row].indices, expected[row].indices)


def test_rows_of_different_widths_are_refused_as_rasa_refuses_them(tmp_path: Path) -> None:
    messages = _featurized(["what does spravato cost", "hello there"], tmp_path)
    messages[1].features = [feature for feature in messages[1].features if feature.is_sparse()]  # no meaning
    classifier = _classifier(tmp_path)
    with pytest.raises(ValueError):
        LogisticRegressionClassifier._create_X(classifier, messages)
    with pytest.raises(ValueError):
        classifier._create_X(messages)
