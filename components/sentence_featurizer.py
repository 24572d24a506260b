"""What a message means, as features for the intent classifier: its sentence embedding.

Word and character counts tell a greeting from a question, but they know only the words of
the examples: a crisis or an off-topic question worded unlike any example slips past them.
The sentence encoder that answer selection already uses (``bot.kb.embedding``, the model the
language file names) places messages by meaning; its vector, scaled by ``weight`` so that
the regularised classifier does not drown it among thousands of count features, is added as
the message's dense sentence features. Measured in ``make eval`` (README, "NLU evaluation").

A message of only whitespace gets no features, so that the classifier after
this leaves it without an intent, as it did before (``components.intent_classifier``).

A visitor's message also carries its unit vector and its word pieces' vectors in the parse
(``MESSAGE_VECTOR``; about 20 KB for a question of twenty word pieces), which the action
server receives with the tracker: answer selection reads them instead of running the model
on the same words a second time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Dict, List, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.exceptions import RasaException
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.kb.embedding import MESSAGE_VECTOR, SentenceEncoder, TokenVectors, cache_file, shared_encoder
from bot.kb.language import load_language


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # ``language`` picks the language file (bot/kb/languages) that names the sentence model.
        return {**DenseFeaturizer.get_default_config(), "language": "en", "weight": 5.0}

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        if float(config["weight"]) <= 0:
            raise RasaException("SentenceEmbeddingFeaturizer: weight must be positive")

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        self._weight = np.float32(config["weight"])
        self._encoder = language_encoder(str(config["language"]))
        # The training examples' vectors, in a file of their own that only training reads; most
        # examples are the knowledge base's wordings, whose vectors `make setup` has already cached.
        self._training_cache = cache_file(self._encoder.name, "training-examples")

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingFeaturizer:
        return cls(config, execution_context.node_name)

    def process(self, messages: List[Message]) -> List[Message]:
        # The word pieces come from the same run of the model: answer selection reads them too.
        pieces: list[TokenVectors] = []

        def encode(texts: List[str]) -> np.ndarray:
            vectors, tokens = self._encoder.encode_with_tokens(texts)
            pieces.extend(tokens)
            return vectors

        for (message, vector), tokens in zip(self._featurize(messages, encode), pieces, strict=True):
            message.set(MESSAGE_VECTOR, self._encoder.pack(vector, tokens), add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # The examples are the project's own wordings: cached, a retraining encodes only new ones.
        self._featurize(
            training_data.training_examples,
            lambda texts: self._encoder.encode_published(texts, self._training_cache),
        )
        return training_data

    def _featurize(
        self, messages: List[Message], encode: Callable[[List[str]], np.ndarray]
    ) -> list[tuple[Message, np.ndarray]]:
        """Adds the weighted vectors as features; returns each message with text and its unit vector."""
        with_text = [message for message in messages if (message.get(TEXT) or "").strip()]
        if not with_text:
            return []
        # One batch: the encoder groups sentences of about the same length.
        vectors = encode([message.get(TEXT) for message in with_text])
        for message, vector in zip(with_text, vectors, strict=True):
            self.add_features_to_message(None, (vector * self._weight)[None, :], TEXT, message)
        return list(zip(with_text, vectors, strict=True))


def language_encoder(language: str) -> SentenceEncoder:
    """The sentence encoder of the model ``language``'s file names: the classifier cannot do without it."""
    encoder = shared_encoder(load_language(language).sentence_model)
    if encoder is None:
        raise RasaException(f"no sentence model for language {language!r}: `make setup` installs it")
    return encoder
