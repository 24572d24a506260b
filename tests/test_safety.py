"""The crisis safety net: explicit suicide or self-harm language is always caught."""
import pytest

from bot.safety import mentions_crisis

CRISIS_MESSAGES = [
    "I want to kill myself",
    "i've been thinking about suicide a lot lately",
    "Does ketamine help if you're suicidal?",
    "honestly i just want to die",
    "I've been cutting myself again",
    "thinking about ending it all tonight",
    "everyone would be better off without me",
    "I don\u2019t want to be alive anymore",
    "planning to overdose on my meds",
    "kms",
    "i might unalive myself",
    "SELF-HARM has been getting worse",
    "there's no reason to live",
    "I want to take my own life",
    "I keep hurting myself when the PTSD flashbacks come",
    "wish i was dead",
]

ORDINARY_MESSAGES = [
    "How much does ketamine cost?",
    "this anxiety is killing me, does ketamine help?",
    "What are the side effects of Spravato?",
    "can I drive home after an infusion",
    "Is ketamine addictive?",
    "I'm dying to know whether insurance covers it",
    "what happens if someone takes too much ketamine",
    "is the dissociation itself harmful?",
    "",
    "   ",
]


@pytest.mark.parametrize("message", CRISIS_MESSAGES)
def test_crisis_language_is_caught(message: str) -> None:
    assert mentions_crisis(message)


@pytest.mark.parametrize("message", ORDINARY_MESSAGES)
def test_ordinary_questions_are_not_flagged(message: str) -> None:
    assert not mentions_crisis(message)
