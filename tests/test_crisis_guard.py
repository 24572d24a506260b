"""The Rasa NLU safety-net component overrides whatever the classifiers said."""

from rasa.shared.nlu.training_data.message import Message

from components.crisis_guard import CrisisGuard


def classified(text: str, intent: str, confidence: float) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence})
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}, {"name": "crisis", "confidence": 0.01}])
    return message


def test_explicit_self_harm_is_forced_to_crisis() -> None:
    [message] = CrisisGuard().process([classified("thinking of ending my life tonight", "nlu_fallback", 0.3)])
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    ranking = [ranked["name"] for ranked in message.get("intent_ranking")]
    assert ranking == ["crisis", "nlu_fallback"]


def test_other_messages_keep_their_classification() -> None:
    [message] = CrisisGuard().process([classified("how much is spravato", "ask_cost", 0.97)])
    assert message.get("intent") == {"name": "ask_cost", "confidence": 0.97}
