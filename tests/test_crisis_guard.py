"""The Rasa NLU safety-net component overrides whatever the classifiers said."""

import yaml
from rasa.shared.nlu.training_data.message import Message

from bot.config import PROJECT_ROOT
from bot.safety import CHECK_IN
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


def crisis_kinds(message: Message) -> list[str]:
    return [entity["value"] for entity in message.get("entities") or [] if entity["entity"] == "crisis_kind"]


def test_a_forced_crisis_says_which_reply_fits() -> None:
    """The ``crisis_kind`` entity fills the slot that picks utter_crisis's variation (domain.yml)."""
    emergency, suicide, overdose = CrisisGuard().process(
        [
            classified("my husband is slurring his words and his face is drooping on one side", "ask_question", 0.9),
            classified("thinking of ending my life tonight", "nlu_fallback", 0.3),
            classified("i swallowed all my pills", "ask_question", 0.5),
        ]
    )
    assert emergency.get("intent")["name"] == "crisis" and crisis_kinds(emergency) == ["emergency"]
    assert crisis_kinds(suicide) == ["crisis"]
    assert crisis_kinds(overdose) == ["overdose"]


def test_the_classifier_alone_gives_the_plain_crisis_reply_and_other_entities_stay() -> None:
    message = ranked_crisis("i gave away my clothes. anything near denver?", 0.9)
    message.set("entities", [{"entity": "city", "value": "Denver", "start": 36, "end": 42}])
    [message] = CrisisGuard(classifier_floor=0.5).process([message])
    assert crisis_kinds(message) == ["crisis"]
    assert [entity["entity"] for entity in message.get("entities")] == ["city", "crisis_kind", "crisis_language_lines"]


def test_a_message_that_is_no_crisis_gets_no_crisis_kind() -> None:
    [message] = CrisisGuard(classifier_floor=0.5).process([classified("how much is spravato", "ask_cost", 0.97)])
    assert crisis_kinds(message) == []


def test_other_messages_keep_their_classification() -> None:
    [message] = CrisisGuard().process([classified("how much is spravato", "ask_cost", 0.97)])
    assert message.get("intent") == {"name": "ask_cost", "confidence": 0.97}


def ranked_crisis(text: str, confidence: float) -> Message:
    """What the fallback classifier leaves when the classifier ranked crisis first below its threshold."""
    message = Message(data={"text": text})
    message.set("intent", {"name": "nlu_fallback", "confidence": 0.6})
    message.set(
        "intent_ranking",
        [
            {"name": "nlu_fallback", "confidence": 0.6},
            {"name": "crisis", "confidence": confidence},
            {"name": "ask_question", "confidence": 1 - confidence},
        ],
    )
    return message


def test_a_crisis_the_classifier_ranks_at_the_floor_is_not_lost_to_the_fallback() -> None:
    # No crisis words the patterns know; the classifier alone says crisis, at 0.55.
    [message] = CrisisGuard(classifier_floor=0.5).process(
        [ranked_crisis("my wife took something at a party and she seems off", 0.55)]
    )
    assert message.get("intent") == {"name": "crisis", "confidence": 0.55}
    ranking = [ranked["name"] for ranked in message.get("intent_ranking")]
    assert ranking == ["crisis", "nlu_fallback", "ask_question"]


def test_a_crisis_ranked_below_the_floor_stays_a_fallback() -> None:
    [message] = CrisisGuard(classifier_floor=0.5).process([ranked_crisis("can i bring my dog to the clinic", 0.45)])
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 0.6}


def pipeline_step(name_ends: str) -> dict:
    """The step of config.yml's NLU pipeline whose name ends with ``name_ends``."""
    pipeline = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    [step] = [step for step in pipeline if step["name"].endswith(name_ends)]
    return step


def test_the_floor_comes_from_the_pipeline_config() -> None:
    # Below the fallback threshold, or it would add nothing.
    assert 0 < pipeline_step("CrisisGuard")["classifier_floor"] < pipeline_step("FallbackClassifier")["threshold"]


def test_without_a_floor_only_the_patterns_force_a_crisis() -> None:
    [message] = CrisisGuard().process([ranked_crisis("my wife took something at a party", 0.55)])
    assert message.get("intent")["name"] == "nlu_fallback"


def test_some_crisis_weight_below_the_floor_carries_the_check_in() -> None:
    guard = CrisisGuard(classifier_floor=0.5, check_in_floor=0.2)
    [message] = guard.process([ranked_crisis("how soon can i get in, im fed up with waiting", 0.3)])
    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 0.6}  # classification kept
    assert message.get(CHECK_IN) is True
    assert CHECK_IN in message.as_dict(only_output_properties=True)  # the parse, and so the action, sees it


def test_little_crisis_weight_a_crisis_or_no_check_in_floor_carries_no_check_in() -> None:
    guard = CrisisGuard(classifier_floor=0.5, check_in_floor=0.2)
    [little] = guard.process([ranked_crisis("can i bring my dog to the clinic", 0.1)])
    [crisis] = guard.process([ranked_crisis("my wife took something at a party", 0.55)])
    [unset] = CrisisGuard().process([ranked_crisis("how soon can i get in, im fed up with waiting", 0.3)])
    assert little.get(CHECK_IN) is None and unset.get(CHECK_IN) is None
    assert crisis.get("intent")["name"] == "crisis" and crisis.get(CHECK_IN) is None


def test_the_check_in_floor_sits_below_the_crisis_floor() -> None:
    guard = pipeline_step("CrisisGuard")
    assert 0 < guard["check_in_floor"] < guard["classifier_floor"]


def language_lines(message: Message) -> list[str]:
    return [entity["value"] for entity in message.get("entities") or [] if entity["entity"] == "crisis_language_lines"]


def test_a_forced_crisis_carries_the_lines_of_its_language() -> None:
    """The ``crisis_language_lines`` entity fills the slot utter_crisis shows: the line of the language whose
    patterns flagged the message, every language's when the classifier alone did."""
    french, english = CrisisGuard().process(
        [classified("je veux en finir ce soir", "ask_question", 0.9), classified("i want to kill myself", "greet", 0.4)]
    )
    [french_lines] = language_lines(french)
    assert "demandez un interprète" in french_lines and "ask for an interpreter" not in french_lines
    [english_lines] = language_lines(english)
    assert "ask for an interpreter" in english_lines and "demandez" not in english_lines
    [unknown] = CrisisGuard(classifier_floor=0.5).process([ranked_crisis("gave my guitar away, wont need it", 0.9)])
    [unknown_lines] = language_lines(unknown)
    assert (
        "demandez un interprète" in unknown_lines
        and "中文口译员" in unknown_lines
        and "ask for an interpreter" in unknown_lines
    )


def test_a_medical_emergency_carries_the_911_line_of_its_language() -> None:
    """A medical emergency's reply says how to call 911 in the visitor's language, not how to reach 988."""
    spanish, english = CrisisGuard().process(
        [
            classified("mi papá tiene la cara caída y no puede mover el brazo", "ask_question", 0.9),
            classified("my husband is slurring his words and his face is drooping on one side", "ask_question", 0.9),
        ]
    )
    assert crisis_kinds(spanish) == ["emergency"] and crisis_kinds(english) == ["emergency"]
    [spanish_lines] = language_lines(spanish)
    assert "llame al [911]" in spanish_lines and "988" not in spanish_lines and "\n" not in spanish_lines
    [english_lines] = language_lines(english)
    assert "say the name of your language" in english_lines and "llame" not in english_lines


def test_a_message_nothing_here_reads_gets_the_unread_reply_with_its_script_line() -> None:
    """Bengali: no pattern and no classifier reads it, so it may be a crisis; the reply says the assistant
    cannot read it, and its lines say how to reach 988 and 911 with an interpreter in Bengali."""
    [message] = CrisisGuard(classifier_floor=0.5).process(
        [classified("আমি আর বাঁচতে চাই না, আজ রাতে সব শেষ করে দেব", "nlu_fallback", 0.3)]
    )
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert crisis_kinds(message) == ["unread"]
    [lines] = [entity["value"] for entity in message.get("entities") if entity["entity"] == "crisis_language_lines"]
    assert lines.startswith("- **বাংলা:**") and "[988](tel:988)" in lines and "[911](tel:911)" in lines
    assert '"Bengali"' in lines and "demandez un interprète" not in lines


def test_a_short_message_in_such_a_script_gets_the_reply_too() -> None:
    """Two words (a cry for help as easily as a name), whatever the classifier made of them."""
    [message] = CrisisGuard(classifier_floor=0.5).process([classified("רוצה למות", "inform", 0.8)])
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert crisis_kinds(message) == ["unread"]


def test_a_stray_letter_of_such_a_script_keeps_its_classification() -> None:
    [message] = CrisisGuard(classifier_floor=0.5).process([classified("ok ש", "affirm", 0.8)])
    assert message.get("intent") == {"name": "affirm", "confidence": 0.8}
    assert crisis_kinds(message) == []
