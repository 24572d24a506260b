"""Rasa's logistic-regression intent classifier with its regularisation and class weights configurable.

Rasa 3.6 fixes ``class_weight="balanced"`` and ``C=1``. Here one intent (every question about
ketamine therapy) has far more examples than the small-talk intents, and balanced weights
made two-word questions ("nasal spray") fall to a small intent ("deny"). Measured in
``make eval`` and ``make eval-answers``; the values live in ``config.yml``.

A message with no tokens (only whitespace) has no features, and Rasa's classifier raises on
it, failing the whole parse. Here it gets no intent, so the fallback classifier after it
makes it ``nlu_fallback``: the channels already answer such a message themselves, but any
other way in (``Agent.parse_message``, another channel) gets the usual "please rephrase".
"""

from __future__ import annotations

import warnings
from typing import Any, Dict, List, Text

import numpy as np
import scipy.sparse
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.exceptions import ConvergenceWarning


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class TunedLogisticRegressionClassifier(LogisticRegressionClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "C": 1.0, "class_weight": "balanced"}

    def __init__(self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage, resource: Resource) -> None:
        super().__init__(config, name, model_storage, resource)
        self.clf.set_params(C=self.config["C"], class_weight=self.config["class_weight"])

    def train(self, training_data: TrainingData) -> Resource:
        # ``max_iter`` (config.yml) stops the solver early on purpose: past 100 iterations the
        # fit takes longer and the held-out accuracy does not change (README, "NLU
        # evaluation"), so sklearn's warning that it has not converged says nothing useful.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            return super().train(training_data)

    def _create_X(self, messages: List[Message]) -> scipy.sparse.spmatrix:
        """Rasa's matrix (each message's sparse sentence features, then its dense ones, in the
        order the featurizers added them), stacked once for all messages: Rasa copies and stacks
        each message's features one message at a time, a third of the classifier's training time."""
        parts = [_sentence_features(message) for message in messages]
        if not parts or any(len(own) != len(parts[0]) for own in parts):
            return super()._create_X(messages)  # some message lacks a featurizer's output
        columns = []
        for position, first in enumerate(parts[0]):
            rows = [own[position].features for own in parts]
            columns.append(scipy.sparse.vstack(rows) if first.is_sparse() else scipy.sparse.csr_matrix(np.vstack(rows)))
        return scipy.sparse.hstack(columns, format="csr")

    def process(self, messages: List[Message]) -> List[Message]:
        featured = []
        for message in messages:
            if _has_features(message):
                featured.append(message)
            else:
                message.set(INTENT, {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
        if featured:
            super().process(featured)
        return messages


def _sentence_features(message: Message) -> List[Features]:
    """The message's sentence features of its text, sparse first, each kind in the order added."""
    own = [
        feature for feature in message.features if feature.attribute == TEXT and feature.type == FEATURE_TYPE_SENTENCE
    ]
    return [feature for feature in own if feature.is_sparse()] + [feature for feature in own if feature.is_dense()]


def _has_features(message: Message) -> bool:
    """Whether the message has the sentence features the classifier reads (looked up, not
    combined: combining them is the classifier's own first step)."""
    return bool(_sentence_features(message))
