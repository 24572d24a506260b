"""The nine knowledge topics and their mapping to Rasa intent names."""

from __future__ import annotations

#: Topic key -> short label shown on topic buttons. The order is the order shown.
TOPICS: dict[str, str] = {
    "what_is_ketamine": "What is ketamine?",
    "how_it_works": "How does it work?",
    "efficacy": "Does it work?",
    "onset_duration": "How fast, how long?",
    "risks": "Risks and side effects",
    "eligibility": "Who can have it?",
    "treatment_process": "What a session is like",
    "cost": "Cost and insurance",
    "legality": "FDA status and the law",
}

INTENT_PREFIX = "ask_"


def topic_for_intent(intent: str | None) -> str | None:
    """The topic of a first-version topic intent (``ask_cost``), as stored with older unanswered
    questions; None for any other intent (questions are one intent now)."""
    if intent and intent.startswith(INTENT_PREFIX) and intent[len(INTENT_PREFIX) :] in TOPICS:
        return intent[len(INTENT_PREFIX) :]
    return None
