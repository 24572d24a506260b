"""The trained model's classifier on messages with no words: an answer, never an exception."""

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
