"""Builds the spaCy pipeline Rasa's ``SpacyNLP`` loads: a blank English pipeline, no download,
plus an ``entity_ruler`` that marks US places (``zip``, ``city``, ``state``) and a ``radius``.

Pattern choices (why):

* Single-token names go into one ``{"IN": [...]}`` token pattern per tier instead of thousands
  of phrase patterns: the pipeline loads and matches faster.
* Cities are matched case-insensitively only when they are reasonably large
  (:data:`LOWERCASE_MIN_POPULATION`) or multi-word, and are not ordinary words
  (:data:`COMMON_WORDS`); the rest match only when written Title-cased ("Price", "Normal").
  Stop words, :data:`NEVER_CITIES` ("Hope", "Why") and one- or two-letter names never match.
* A name that is both a state and a city ("New York", "Washington") is labelled ``state``;
  :func:`bot.geo.places.place_from_entities` reads "Washington DC" / "New York, NY" as a city.
  Single-word city names that are countries ("Mexico", "Peru") are not patterns at all.
* Two-letter state codes match only as exact uppercase tokens, so "in", "or", "me", "ok" are
  not states; a stray "MD" or "PA" labelled ``state`` is harmless, since a state alone is
  never a place to search.
* When patterns overlap the entity ruler keeps the longest match ("Kansas City" over "Kansas").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Set
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import spacy
from spacy.language import Language

from bot.config import VAR_DIR

if TYPE_CHECKING:
    from spacy.pipeline import EntityRuler

    from bot.geo.gazetteer import City

log = logging.getLogger(__name__)

PIPELINE_DIR = VAR_DIR / "spacy" / "en_assistant"

#: Single-word city names at least this populous also match in lowercase ("denver").
LOWERCASE_MIN_POPULATION = 10_000

#: Real city names that are everyday words: matched only when Title-cased in the text.
COMMON_WORDS = frozenset(
    """
    airport alliance anthem badger baker bear beacon bell bend brick buffalo canyon carver
    central chaparral citrus clay cocoa college colonia commerce converse corona crystal cypress
    dent downtown eagle eden enterprise fountain golden green heath holiday hull humble
    hurricane imperial independence justice liberal liberty mack magnolia mango marina mason
    mission mobile moody normal opportunity orange pace paradise parkway parole pearl petal
    plantation plum prosper reading republic revere ridge sandy savage seaside sparks speedway
    spring summit sunrise sunset superior surprise sycamore temple trinity union university
    uptown vineyard vista walker walnut worth
""".split()
)

#: Words that start ordinary sentences ("Hope you can help"): never a city on their own.
NEVER_CITIES = frozenset(
    """
    hope thanks thank please hello hi hey yes yeah sure okay ok maybe help wondering ketamine
    spravato esketamine therapy depression anxiety pain why how what when where who can will
""".split()
)

#: Multi-word town names that are ordinary phrases: matched only when Title-cased.
COMMON_PHRASES = frozenset(
    {
        "new hope",
        "good hope",
        "what cheer",
        "cut off",
        "left hand",
        "north east",
        "fair play",
        "new era",
        "due west",
        "the rock",
        "state line",
        "new home",
        "big sky",
        "free soil",
        "happy camp",
        "new deal",
        "red cross",
        "bird in hand",
        "put in bay",
        "cave in rock",
        "on top of the world",
        "cut and shoot",
        "head of the harbor",
        "back of the hill",
        "foot of ten",
        "fifty six",
        "two dot",
        "side lake",
        "sunny side",
        "social circle",
        "new life",
        "new market",
        "white house",
        "long term",
        "high point",
    }
)

_MILE_WORDS = ["mile", "miles", "mi", "mi.", "mile-radius"]
_ZIP_PATTERNS = [
    [{"TEXT": {"REGEX": r"^\d{5}$"}}],
    [{"TEXT": {"REGEX": r"^\d{5}$"}}, {"ORTH": "-"}, {"TEXT": {"REGEX": r"^\d{4}$"}}],
    [{"TEXT": {"REGEX": r"^\d{5}-\d{4}$"}}],
]
_MILES = [{"TEXT": {"REGEX": r"^\d{1,4}$"}}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": _MILE_WORDS}}]
_RADIUS_PATTERNS = [
    [*_MILES, {"LOWER": "radius", "OP": "?"}],
    [{"LOWER": "within"}, {"LOWER": "a", "OP": "?"}, *_MILES, {"LOWER": "radius", "OP": "?"}],
    [{"LOWER": "within", "OP": "?"}, {"LOWER": {"REGEX": r"^\d{1,4}(?:mi|miles?)$"}}],
]
_ABBREVIATIONS = [("Saint", "St.", "St"), ("Sainte", "Ste.", "Ste"), ("Fort", "Ft.", "Ft"), ("Mount", "Mt.", "Mt")]


def build_pipeline(target: Path = PIPELINE_DIR) -> Path:
    """Write the pipeline to ``target`` (the path ``config.yml`` names) and return it."""
    nlp = spacy.blank("en")
    nlp.meta["name"] = "assistant"
    nlp.meta["description"] = (
        "Blank English tokenizer plus an entity ruler for US places (zip, city, state) and search radius."
    )
    add_place_ruler(nlp)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    log.info("spaCy pipeline written to %s", target)
    return target


def add_place_ruler(nlp: Language) -> Any:
    """Add the ``entity_ruler`` with the gazetteer's place patterns to ``nlp`` and return it."""
    # add_pipe is typed as returning any Pipe; "entity_ruler" is always an EntityRuler.
    ruler = cast(
        "EntityRuler", nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": False})
    )
    patterns = place_patterns(nlp)
    ruler.add_patterns(patterns)
    log.info("entity ruler: %d patterns", len(patterns))
    return ruler


def place_patterns(nlp: Language) -> list[dict[str, Any]]:
    """All ``zip``/``radius``/``state``/``city`` patterns, tokenised with ``nlp``'s tokenizer."""
    from bot.geo import gazetteer

    patterns: list[dict[str, Any]] = [{"label": "zip", "pattern": p} for p in _ZIP_PATTERNS]
    patterns += [{"label": "radius", "pattern": p} for p in _RADIUS_PATTERNS]
    states = gazetteer.all_states()
    state_names = {state.name.lower() for state in states}
    patterns.append({"label": "state", "pattern": [{"ORTH": {"IN": [s.code for s in states]}}]})
    dotted = {".".join(s.code) + "." for s in states}
    patterns += [{"label": "state", "pattern": text} for text in sorted(state_names | dotted)]
    aliases = [replace(city, name=alias) for alias, city in gazetteer.city_aliases().items()]
    excluded = state_names | gazetteer.country_names()
    patterns += _city_patterns(nlp, gazetteer.all_cities() + aliases, excluded)
    return patterns


def _city_patterns(nlp: Language, cities: Iterable[City], excluded: Set[str]) -> list[dict[str, Any]]:
    """Phrase patterns for multi-token names, one ``IN`` token pattern per case tier; a
    single-token name's tier depends on its largest population among same-named places."""
    from spacy.lang.en.stop_words import STOP_WORDS

    population: dict[str, int] = {}
    for city in cities:
        population[city.name] = max(population.get(city.name, 0), city.population)
    any_case: set[str] = set()
    title_case: set[str] = set()
    phrases: dict[tuple[str, ...], dict[str, Any]] = {}
    for name, people in sorted(population.items()):
        for variant in name_variants(name):
            lower = variant.lower()
            if lower in excluded or lower in STOP_WORDS or lower in NEVER_CITIES:
                continue
            if len(lower) <= 2 or any(ch.isdigit() for ch in lower):
                continue
            tokens = [t.text for t in nlp.make_doc(variant)]
            if all(token.lower() in STOP_WORDS for token in tokens):
                continue
            if len(tokens) == 1:
                common = lower in COMMON_WORDS or people < LOWERCASE_MIN_POPULATION
                (title_case if common else any_case).add(variant if common else lower)
            elif lower in COMMON_PHRASES:
                phrases[tuple(tokens)] = {"label": "city", "pattern": [{"ORTH": t} for t in tokens]}
            else:
                for text in {variant, lower}:
                    key = tuple(t.lower_ for t in nlp.make_doc(text))
                    phrases.setdefault(key, {"label": "city", "pattern": text})
    title_case -= {name for name in title_case if name.lower() in any_case}
    patterns = [
        {"label": "city", "pattern": [{"LOWER": {"IN": sorted(any_case)}}]},
        {"label": "city", "pattern": [{"ORTH": {"IN": sorted(title_case)}}]},
    ]
    return patterns + list(phrases.values())


def name_variants(name: str) -> set[str]:
    """The ways a visitor may write ``name``: "St. Louis"/"Saint Louis"/"St Louis",
    "Winston-Salem"/"Winston Salem", "Coeur d'Alene"/"Coeur d’Alene", "Kīhei"/"Kihei"."""
    from bot.geo.gazetteer import fold

    variants = {name, name.replace("\u2018", "'").replace("\u2019", "'")}
    if not name.isascii():
        variants.add(fold(name))
    for group in _ABBREVIATIONS:
        for variant in list(variants):
            for form in group:
                found = re.compile(rf"(?<!\w){re.escape(form)} ")
                if found.search(variant):
                    variants.update(found.sub(other + " ", variant) for other in group)
    for variant in list(variants):
        if "-" in variant:
            variants.add(variant.replace("-", " "))
        if "'" in variant:
            variants.add(variant.replace("'", "\u2019"))
        if re.search(r"\bMc ", variant):
            variants.add(re.sub(r"\bMc ", "Mc", variant))
    return variants
