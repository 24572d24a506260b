"""An NLU component that forces the ``crisis`` intent on explicit suicide or self-harm language
(or a medical emergency now), and on a message the classifier gives the crisis intent at least
``classifier_floor``.

It also adds a ``crisis_kind`` entity ("crisis", "overdose" or "emergency", from ``bot.safety``'s
patterns; "crisis" for the classifier alone; "unread" for a message in a script nothing here reads,
``bot.safety_scripts``): the slot it fills picks ``utter_crisis``'s variation,
so a medical emergency that is not about suicide gets a reply that leads with 911, still without
the action server. And a ``crisis_language_lines`` entity: the reply's lines in the language whose
patterns flagged the message (how to reach 988's interpreters, or for a medical emergency how to call
911; every language's when the classifier alone flagged it), which its slot puts into ``utter_crisis``.

It runs after the classifiers and the fallback classifier, so neither a classifier miss
nor a low-confidence fallback can hide a crisis. The patterns live in ``bot.safety``. The
floor (config.yml) sits below the fallback threshold: a crisis the classifier ranks first at
0.55 ("my wife took ketamine at a party and now she's having seizures") is not lost to the
fallback's "please rephrase"; measured in ``make eval-crisis`` (README, "How it answers": "Heavy stories and a crisis floor").

Below the floor, a message the classifier still gives the crisis intent at least ``check_in_floor``
keeps its classification but carries ``CHECK_IN`` in the parse: its answer opens with a short
line about 988 (actions/faq.py), a hedge for the few crises worded unlike any example that
the classifier ranks at 0.2 to 0.5 (docs/crisis-safety-history.md, "Urgent but safe, and a
check-in line").
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.safety import CHECK_IN, CRISIS, UNREAD, compile_language_patterns, crisis_kind, crisis_language, reply_lines
from bot.safety_scripts import unread_reply_lines, unread_script

CRISIS_INTENT = "crisis"
#: The entity (and slot, domain.yml) that says which crisis reply fits.
CRISIS_KIND_ENTITY = "crisis_kind"
#: The entity (and slot) that holds the reply's lines in the visitor's language.
LANGUAGE_LINES_ENTITY = "crisis_language_lines"
#: A floor above any probability: that use of the classifier is switched off.
OFF = 1.1


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
        # The patterns alone and no check-in, unless the pipeline sets floors.
        return {"classifier_floor": OFF, "check_in_floor": OFF}

    def __init__(self, classifier_floor: float = OFF, check_in_floor: float = OFF) -> None:
        self.classifier_floor = classifier_floor
        self.check_in_floor = check_in_floor
        compile_language_patterns()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            # The patterns first: a message they flag needs no look at the classifier's ranking.
            text = message.get(TEXT) or ""
            kind = crisis_kind(text)
            if kind:
                self._force_crisis(message, 1.0, kind, reply_lines(kind, crisis_language(text)))
                continue
            # Then a message neither the patterns nor the classifier can read (Bengali, Amharic, Khmer...).
            if unread_script(text):
                self._force_crisis(message, 1.0, UNREAD, unread_reply_lines(text))
                continue
            ranked_crisis = self._ranked_crisis(message)
            if ranked_crisis >= self.classifier_floor:
                self._force_crisis(message, ranked_crisis, CRISIS, reply_lines(CRISIS, None))
            elif ranked_crisis >= self.check_in_floor:
                message.set(CHECK_IN, True, add_to_output=True)
        return messages

    @staticmethod
    def _force_crisis(message: Message, confidence: float, kind: str, lines: str) -> None:
        """Make ``crisis`` the message's intent at ``confidence``, first in its ranking, with ``kind`` and
        the reply's ``lines`` in the visitor's language as entities."""
        forced = {INTENT_NAME_KEY: CRISIS_INTENT, PREDICTED_CONFIDENCE_KEY: confidence}
        ranking = [forced] + [
            ranked for ranked in message.get(INTENT_RANKING_KEY) or [] if ranked.get(INTENT_NAME_KEY) != CRISIS_INTENT
        ]
        message.set(INTENT, forced, add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        end = len(message.get(TEXT) or "")
        added = [
            {
                ENTITY_ATTRIBUTE_TYPE: entity_type,
                ENTITY_ATTRIBUTE_VALUE: value,
                ENTITY_ATTRIBUTE_START: 0,
                ENTITY_ATTRIBUTE_END: end,
                ENTITY_ATTRIBUTE_CONFIDENCE: confidence,
                EXTRACTOR: CrisisGuard.__name__,
            }
            for entity_type, value in ((CRISIS_KIND_ENTITY, kind), (LANGUAGE_LINES_ENTITY, lines))
        ]
        ours = {CRISIS_KIND_ENTITY, LANGUAGE_LINES_ENTITY}
        others = [entity for entity in message.get(ENTITIES) or [] if entity.get(ENTITY_ATTRIBUTE_TYPE) not in ours]
        message.set(ENTITIES, others + added, add_to_output=True)

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
