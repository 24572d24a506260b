"""An NLU component that forces the ``crisis`` intent on explicit suicide or self-harm language,
and on a message the classifier gives the crisis intent at least ``classifier_floor``.

It runs after the classifiers and the fallback classifier, so neither a classifier miss
nor a low-confidence fallback can hide a crisis. The patterns live in ``bot.safety``. The
floor (config.yml) sits below the fallback threshold: a crisis the classifier ranks first at
0.55 ("my wife took ketamine at a party and now she's having seizures") is not lost to the
fallback's "please rephrase"; measured in ``make eval-crisis`` (README, "How it answers": "Heavy stories and a crisis floor").

Below the floor, a message the classifier still gives the crisis intent at least ``check_in_floor``
keeps its classification but carries ``CHECK_IN`` in the parse: its answer opens with a short
line about 988 (actions/faq.py), a hedge for the few crises worded unlike any example that
the classifier ranks at 0.2 to 0.5 (README, "Urgent but safe, and a check-in line").
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.safety import CHECK_IN, mentions_crisis

CRISIS_INTENT = "crisis"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisGuard(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisGuard":
        return cls(float(config["classifier_floor"]), float(config["check_in_floor"]))

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        # Above any probability: the patterns alone and no check-in, unless the pipeline sets floors.
        return {"classifier_floor": 1.1, "check_in_floor": 1.1}

    def __init__(self, classifier_floor: float = 1.1, check_in_floor: float = 1.1) -> None:
        self.classifier_floor = classifier_floor
        self.check_in_floor = check_in_floor

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            confidence = self._crisis_confidence(message)
            if confidence is None:
                if self._ranked_crisis(message) >= self.check_in_floor:
                    message.set(CHECK_IN, True, add_to_output=True)
                continue
            forced = {INTENT_NAME_KEY: CRISIS_INTENT, PREDICTED_CONFIDENCE_KEY: confidence}
            ranking = [forced] + [
                ranked
                for ranked in message.get(INTENT_RANKING_KEY) or []
                if ranked.get(INTENT_NAME_KEY) != CRISIS_INTENT
            ]
            message.set(INTENT, forced, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def _crisis_confidence(self, message: Message) -> Optional[float]:
        """1.0 on crisis language; the classifier's own crisis confidence when it reaches the floor;
        None when the message keeps its classification."""
        if mentions_crisis(message.get(TEXT) or ""):
            return 1.0
        ranked_crisis = self._ranked_crisis(message)
        return ranked_crisis if ranked_crisis >= self.classifier_floor else None

    @staticmethod
    def _ranked_crisis(message: Message) -> float:
        """The classifier's probability of the crisis intent (0.0 when it is not ranked)."""
        return next(
            (
                float(ranked.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
                for ranked in message.get(INTENT_RANKING_KEY) or []
                if ranked.get(INTENT_NAME_KEY) == CRISIS_INTENT
            ),
            0.0,
        )
