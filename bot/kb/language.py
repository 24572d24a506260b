"""The language data answer selection uses (``bot/kb/languages/<code>.yml``).

Selection and follow-up logic never name an English word: stop words, back-references
("that", "it") and the conditions and treatments a follow-up can switch to come from the
language's file, so a second language is a new file plus its training data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

import snowballstemmer
import yaml

LANGUAGES_DIR = Path(__file__).with_name("languages")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|\$")
#: A message's first clause: what follows any opening punctuation ("¿", "..."), up to a comma, a
#: semicolon, a colon or the end of a sentence.
_OPENING_CLAUSE = re.compile(r"\W*([^,;:.?!]*)")


def opening_clause(text: str) -> str:
    """``text`` up to its first comma or sentence end ("and depression too" in "and depression too?
    some days I can't get out of bed")."""
    match = _OPENING_CLAUSE.match(text)  # matches every text, the empty one too
    return match.group(1) if match else ""


def phrase_key(text: str) -> str:
    """What two wordings of one question share when they differ only in case, spacing and
    punctuation: the key for "this exact question is already an entry's"."""
    return " ".join(words(text))


def words(text: str) -> list[str]:
    """Lower-cased words of any alphabet (apostrophes and hyphens inside a word kept)."""
    return [word.replace("’", "'") for word in _WORD.findall(text.lower())]


@dataclass(frozen=True)
class Language:
    """Word lists for one language; see the YAML file for what each one is for."""

    code: str
    stop_words: frozenset[str]
    back_references: frozenset[str]
    conditions: dict[str, tuple[str, ...]]
    routes: dict[str, tuple[str, ...]]
    sentence_model: str | None = None
    shorthand: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stemmer: str | None = None
    #: Names of a condition or treatment that name it only in capitals ("IM"; "im" is "I'm").
    capitals_only: frozenset[str] = frozenset()
    #: The words for each place in a list of choices, first to last; the words for the last place; the
    #: words that may come with them ("number", "yes").
    places: tuple[frozenset[str], ...] = ()
    last_place: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()

    def stem(self, word: str) -> str:
        """The stem ``word`` shares with its other forms ("pushing" and "pushed": "push"); the
        word itself in a language without a stemmer."""
        return _stem(self.stemmer, word) if self.stemmer else word

    def content_words(self, text: str) -> list[str]:
        """The words of ``text`` that can tell entries apart, shorthand written out."""
        return [
            word
            for written in words(text)
            for word in self.shorthand.get(written, (written,))
            if word not in self.stop_words
        ]

    def condition_in(self, text: str) -> str | None:
        return _first_named(self.conditions, self._naming_words(text))

    def route_in(self, text: str) -> str | None:
        return _first_named(self.routes, self._naming_words(text))

    def _naming_words(self, text: str) -> list[str]:
        """The words of ``text`` that may name a condition or treatment: a name in ``capitals_only``
        only where it is written in capitals."""
        if not self.capitals_only:
            return words(text)
        capitals = {word.lower() for word in _WORD.findall(text) if word.isupper()}
        return [word for word in words(text) if word not in self.capitals_only or word in capitals]

    def without_named(self, text: str) -> str:
        """``text`` with every condition and route word removed (to swap in another one)."""
        return " ".join(word for word in words(text) if word not in self._named)

    def names_only(self, text: str) -> bool:
        """``text`` names a condition or treatment and asks nothing of its own ("and the nasal spray?")."""
        return bool(self.content_words(text)) and not self.unnamed_words(text)

    def unnamed_words(self, text: str) -> list[str]:
        """The content words of ``text`` that name no condition or treatment ("version" in "the spray version")."""
        return [word for word in self.content_words(text) if word not in self._named]

    def place_in_list(self, text: str) -> int | None:
        """The place in a list of choices that ``text`` picks and says nothing else about ("the
        second one": 1, "#3": 2, "the last one": -1); None for any other message ("2 sessions")."""
        said = [word for word in self.content_words(text) if word not in self.place_words]
        if len(said) != 1:
            return None
        if said[0] in self.last_place:
            return -1
        return next((place for place, names in enumerate(self.places) if said[0] in names), None)

    @cached_property
    def _named(self) -> frozenset[str]:
        """Every word that names a condition or route (computed once: a frozen dataclass keeps it
        in its ``__dict__``)."""
        return frozenset(word for group in (*self.conditions.values(), *self.routes.values()) for word in group)


@lru_cache(maxsize=65536)
def _stem(algorithm: str, word: str) -> str:
    """Remembered: a message's words are mostly the knowledge base's, stemmed many times over. A
    stemmer keeps the word it works on in itself, so each call makes its own: nothing is shared
    between threads."""
    return str(snowballstemmer.stemmer(algorithm).stemWord(word))


def _first_named(groups: dict[str, tuple[str, ...]], text_words: list[str]) -> str | None:
    for word in text_words:
        for key, names in groups.items():
            if word in names:
                return key
    return None


@cache
def load_language(code: str = "en") -> Language:
    """The language file for ``code`` (read once per process)."""
    return read_language(LANGUAGES_DIR / f"{code}.yml")


def read_language(path: Path) -> Language:
    """A language file (its name is the language's code): every rule of selection and follow-ups
    reads a language from one of these, so another language is another file."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Language(
        code=path.stem,
        stop_words=frozenset(raw["stop_words"]),
        back_references=frozenset(raw["back_references"]),
        conditions={key: tuple(names) for key, names in raw["conditions"].items()},
        routes={key: tuple(names) for key, names in raw["routes"].items()},
        sentence_model=raw.get("sentence_model"),
        shorthand={short: tuple(words(full)) for short, full in (raw.get("shorthand") or {}).items()},
        stemmer=raw.get("stemmer"),
        capitals_only=frozenset(raw.get("capitals_only") or ()),
        places=tuple(frozenset(names) for names in raw.get("places") or ()),
        last_place=frozenset(raw.get("last_place") or ()),
        place_words=frozenset(raw.get("place_words") or ()),
    )
