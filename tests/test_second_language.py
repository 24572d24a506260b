"""A second language is data, not code: Spanish entries selected with a Spanish language file
(tests/data/languages/es.yml) and nothing else written for Spanish. Words alone: the sentence model
installed here reads English only, and a language without one is selected on words (README, "How it
answers"). The confidence model is English's: Spanish would fit its own on Spanish dev sets, and the
evidence it reads (scores, leads, coverage) is the same in any language."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.kb.confidence import load_models
from bot.kb.follow_ups import Context
from bot.kb.language import read_language
from bot.kb.retrieval import IndexedEntry
from bot.kb.selection import ANSWER, CHOOSE, UNKNOWN, Selection, Selector

SPANISH = read_language(Path(__file__).parent / "data" / "languages" / "es.yml")

ENTRIES = [
    IndexedEntry(
        "eficacia-depresion",
        "efficacy",
        (
            "¿La ketamina funciona para la depresión?",
            "¿La ketamina ayuda con la depresión?",
            "¿Sirve la ketamina para la depresión?",
            "resultados de la ketamina en la depresión",
        ),
    ),
    IndexedEntry(
        "eficacia-ansiedad",
        "efficacy",
        ("¿La ketamina funciona para la ansiedad?", "¿La ketamina ayuda con la ansiedad?"),
    ),
    IndexedEntry(
        "eficacia-tept",
        "efficacy",
        ("¿La ketamina funciona para el TEPT?", "¿La ketamina ayuda con el trauma?"),
    ),
    IndexedEntry(
        "costo-infusion",
        "cost",
        ("¿Cuánto cuesta una infusión de ketamina?", "precio de una infusión intravenosa"),
    ),
    IndexedEntry(
        "costo-spravato",
        "cost",
        ("¿Cuánto cuesta SPRAVATO?", "precio del espray nasal de esketamina"),
    ),
    IndexedEntry(
        "riesgos-vejiga",
        "risks",
        ("¿La ketamina puede dañar la vejiga?", "ketamina y problemas de vejiga"),
    ),
    IndexedEntry(
        "riesgos-presion",
        "risks",
        ("¿La ketamina sube la presión arterial?", "ketamina y presión alta"),
    ),
]


@pytest.fixture(scope="module")
def selector() -> Selector:
    return Selector(ENTRIES, SPANISH, confidence=load_models("en"))


def shown_first(selection: Selection) -> str | None:
    """The entry answered outright, or offered first in a did-you-mean (words alone are cautious)."""
    return selection.best.slug if selection.kind in (ANSWER, CHOOSE) and selection.best else None


@pytest.mark.parametrize(
    ("message", "slug"),
    [
        ("oiga, la ketamina me puede dañar la vejiga?", "riesgos-vejiga"),
        ("cuanto sale una infusion de ketamina", "costo-infusion"),  # no accents, another verb
        ("sirve la ketamina xq tengo mucha depresion", "eficacia-depresion"),  # texting shorthand
        ("¿sube la presión?", "riesgos-presion"),
    ],
)
def test_a_spanish_question_gets_its_spanish_entry(selector: Selector, message: str, slug: str) -> None:
    assert shown_first(selector.select(message)) == slug


def test_a_question_no_entry_answers_is_not_sure(selector: Selector) -> None:
    assert selector.select("¿a qué hora abren el sábado?").kind == UNKNOWN


def test_a_follow_up_switches_condition_with_the_language_s_own_names(selector: Selector) -> None:
    first = selector.select("¿la ketamina funciona para la depresión?")
    assert shown_first(first) == "eficacia-depresion" and first.context.condition == "depression"
    follow_up = selector.select("¿y para la ansiedad?", first.context)
    assert shown_first(follow_up) == "eficacia-ansiedad"
    assert shown_first(selector.select("¿y con el trauma?", follow_up.context)) == "eficacia-tept"


def test_a_follow_up_switches_treatment(selector: Selector) -> None:
    first = selector.select("¿cuánto cuesta una infusión?")
    assert shown_first(first) == "costo-infusion"
    assert shown_first(selector.select("¿y el espray nasal?", first.context)) == "costo-spravato"


def test_a_reply_to_a_did_you_mean_picks_by_place_in_spanish(selector: Selector) -> None:
    offered = Context(last_entry="costo-infusion", offered=("costo-infusion", "costo-spravato"))
    picked = selector.select("la segunda", offered)
    assert (picked.kind, picked.best.slug) == (ANSWER, "costo-spravato")
    assert selector.select("la última opción", offered).best.slug == "costo-spravato"
