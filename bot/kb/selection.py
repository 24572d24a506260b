"""What to show for a question: one entry, a short "did you mean" list, or an honest "not sure".

Every published entry competes; the classifier only says that the message is a question.
Each entry's score adds two views of its question and phrasings: a linear model over
their words (``bot.kb.entry_model``: typos and exact terms) and how close the nearest one is
in meaning (sentence embeddings, ``bot.kb.embedding``; paraphrases that share few words);
the best few also get how much of the message their wordings cover word by word
(``bot.kb.token_match``: "skip one of my spray appointments" and the entry on missed sessions).
Whether the best entry is answered outright is the confidence model's (``bot.kb.confidence``,
a logistic regression over the evidence: the scores, the lead, closeness in meaning, how much
of the message the entry's own wordings never use (``bot.kb.coverage``: "can I fly the day
after an infusion" and the day-after entry), how much of the message's meaning is left without
words the knowledge base never uses ("ballpark" is filler, "OCD" is a question nobody
answered), how near a question staff marked as not covered is (``bot.kb.gaps``: "what's the
billing code for an IV infusion" is near the infusion-cost entry, not its question)); it never
answers when the runner-up is close or the message is no nearer the entry than to a question
not covered. Otherwise it offers the close entries ("did you mean"); with nothing close, a
message mostly made of unknown words, or one clearly nearer a question not covered than any
entry, it is not sure. Both views are refit from the database when published content changes
(seconds; sentences already seen come from a cache): a new entry or phrasing works on the next
message without retraining Rasa.

A short follow-up that leans on the previous turn ("what about PTSD?", "how much is that?"), or a
longer question answered alone about another condition than the one in play, is also read completed
from it (``bot.kb.follow_ups``); the surer reading wins, the completed one when the message refers
back. Naming another condition or treatment moves to the matching entry of the same topic. A reply
to a "did you mean" can pick an offered entry ("the second one", "what about the spray one"). A
message that is exactly an entry's question or phrasing (case, spacing and punctuation aside) is
answered with that entry, unless it is a follow-up leaning on the previous answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from bot.kb.confidence import Models, load_models
from bot.kb.coverage import Coverage
from bot.kb.embedding import SentenceEncoder, TokenVectors
from bot.kb.entry_model import EntryModel
from bot.kb.follow_ups import Context, FollowUp, FollowUpReader
from bot.kb.language import Language, phrase_key, words
from bot.kb.message_encoding import MessageEncoding
from bot.kb.retrieval import IndexedEntry, entry_starts
from bot.kb.token_match import TokenMatch
from bot.kb.vocabulary import Vocabulary

ANSWER, CHOOSE, UNKNOWN = "answer", "choose", "unknown"
_KIND_RANK = {ANSWER: 2, CHOOSE: 1, UNKNOWN: 0}


@dataclass(frozen=True)
class Policy:
    """When to offer choices or say "not sure", and how scores are made. Tuned on the dev evaluation
    sets only (``make eval-answers``); scores are the entry model's decision values plus the weighted
    closeness in meaning. Whether to answer outright is the confidence model's (``bot.kb.confidence``)."""

    #: Entries within this of the best are close: offered as choices, never answered outright.
    answer_margin: float = 0.3
    #: Lowest score worth offering in "did you mean", and how far below the best a choice may be.
    choice_score: float = -0.8
    choice_window: float = 0.4
    max_choices: int = 3
    #: How much closeness in meaning (cosine of sentence embeddings, 0 to 1) adds to an entry's score.
    semantic_weight: float = 3.0
    #: How much the share of the message an entry's wordings cover word by word (``bot.kb.token_match``,
    #: 0 to 1) adds to the score of each of the best ``token_candidates`` entries.
    token_weight: float = 5.0
    token_candidates: int = 5
    #: Added to entries of the previous answer's topic when a follow-up names a new condition or treatment
    #: (twice to those whose own question names it).
    topic_boost: float = 0.8
    #: Added to entries whose own question names the condition or treatment in play when a follow-up
    #: that names none is read with it ("how soon would I notice anything" after PTSD).
    in_play_boost: float = 0.4
    #: Most content words of a message that leans on the previous turn (or of its opening if that names one).
    follow_up_words: int = 4
    #: A message no closer to its best entry than to a question marked as not covered is not
    #: answered outright; at least this much closer to that question, it gets a plain "not sure"
    #: (no choices: it asks what staff said no entry answers).
    gap_lead: float = 0.05


@dataclass(frozen=True)
class Candidate:
    slug: str
    topic: str
    score: float


@dataclass(frozen=True)
class Selection:
    kind: str  # ANSWER, CHOOSE or UNKNOWN
    candidates: tuple[Candidate, ...] = ()
    context: Context = field(default_factory=Context)
    #: UNKNOWN because the message asks this question, which staff marked as not covered (already handled).
    gap: str | None = None

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def not_covered(self) -> bool:
        return self.gap is not None


class Selector:
    """Scores a message against every entry and decides what to show."""

    def __init__(
        self,
        entries: Sequence[IndexedEntry],
        language: Language,
        policy: Policy = Policy(),
        encoder: SentenceEncoder | None = None,
        gaps: Sequence[str] = (),
        confidence: Models | None = None,
    ) -> None:
        self.entries = list(entries)
        self.encoder = encoder
        models = confidence or load_models(language.code)
        self.confidence = models.with_meaning if encoder is not None else models.words_alone
        texts = [text for entry in self.entries for text in entry.texts]
        self._text_starts = entry_starts(self.entries)
        # Word pieces first: the same run of the model gives the sentence vectors of new wordings.
        self._token_match = None
        if encoder is not None and texts:
            pieces = encoder.encode_published_tokens(texts)
            ends = [*self._text_starts[1:], len(texts)]
            self._token_match = TokenMatch(
                [pieces[start:end] for start, end in zip(self._text_starts, ends, strict=True)]
            )
        self._semantic = encoder.encode_published(texts) if encoder is not None and texts else None
        # Questions staff marked as not covered (``bot.kb.gaps``): a message nearer one of them than
        # to its best entry is a near miss, not that entry's question.
        self._gap_texts = list(gaps)
        self._gaps = encoder.encode_published(self._gap_texts) if encoder is not None and gaps else None
        # The message being selected for (and its completed follow-up), encoded once however many
        # rules ask.
        self._message = MessageEncoding(encoder, self._token_match is not None) if encoder is not None else None
        self.language = language
        self.policy = policy
        self.follow_ups = FollowUpReader(self.entries, language, policy.follow_up_words)
        self.model = EntryModel(self.entries, self.preprocess)
        self.coverage = Coverage(self.entries, language)
        self.vocabulary = Vocabulary(
            (word for entry in self.entries for text in entry.texts for word in language.content_words(text)),
            self.coverage.stems,
            language.stem,
        )
        owners: dict[str, set[int]] = {}
        for position, entry in enumerate(self.entries):
            for text in entry.texts:
                owners.setdefault(phrase_key(text), set()).add(position)
        # Only wordings one entry owns: a wording two entries share decides nothing.
        self._exact = {key: positions.pop() for key, positions in owners.items() if len(positions) == 1 and key}

    def scores(self, text: str) -> tuple[np.ndarray, np.ndarray | None]:
        """Each entry's score for ``text``, and how close in meaning its nearest wording is (cosine;
        None without a sentence encoder): the word model's decision value plus the weighted closeness,
        and for the best few, the weighted share of the message their wordings cover word by word."""
        scores = self.model.scores(text)
        if self._semantic is None or self.encoder is None:
            return scores, None
        closeness = np.maximum.reduceat(self._semantic @ self._message_vector(text), self._text_starts)
        scores = scores + self.policy.semantic_weight * closeness
        if self._token_match is not None and self._message is not None:
            best = np.argsort(-scores, kind="stable")[: self.policy.token_candidates]
            scores[best] += self.policy.token_weight * self._token_match.recall(self._message.pieces(text), best)
        return scores, closeness

    def _message_vector(self, text: str) -> np.ndarray:
        assert self._message is not None, "only with a sentence encoder"
        return self._message.vector(text)

    def preprocess(self, text: str) -> str:
        """The words the word models read: the language's content words."""
        return " ".join(self.language.content_words(text))

    def select(
        self,
        text: str,
        context: Context = Context(),
        vector: np.ndarray | None = None,
        tokens: TokenVectors | None = None,
    ) -> Selection:
        """The selection for ``text`` read alone, or with the previous turn when it leans on it;
        ``vector`` and ``tokens`` are ``text``'s sentence vector and word pieces when already known
        (the Rasa server sends them: then the model does not run again)."""
        if self._message is not None:
            self._message.start(text, vector, tokens)
        exact = self._exact.get(phrase_key(text))
        if exact is not None and (context.last_entry is None or not self.follow_ups.leans_on_previous(text)):
            return self._unscored(ANSWER, text, [exact], context)  # staff wrote this very wording for it
        follow_up = self.follow_ups.complete(text, context)
        if follow_up is not None and self._message is not None:
            self._message.together([text, follow_up.query])
        own = self._decide(text, *self.scores(text))
        picked = self._picked(text, own, context)
        if picked is not None:
            return picked
        own = replace(own, context=self._next_context(text, own, context))
        if follow_up is None and own.kind == ANSWER and self.follow_ups.answered_elsewhere(text, _slug(own), context):
            follow_up = self.follow_ups.complete(text, context, leaning=True)
        if follow_up is None:
            return own
        contextual = self._completed(text, follow_up, own)
        reader, best = self.follow_ups, (_slug(contextual), _slug(own))  # read with what is in play, alone
        refers_back = reader.refers_back(text, own.kind == ANSWER)
        if reader.read_alone(*best, follow_up, context, refers_back, contextual.kind == CHOOSE):
            return own  # "i'm on zoloft, is that a problem" after PTSD asks about the medicine
        # "How much is that?" means the thing just discussed, even though it makes sense alone; and
        # "how soon would I notice anything" after PTSD asks about PTSD when an entry's question names it.
        in_play = follow_up.in_play is not None
        leans_back = refers_back or (in_play and reader.in_play_only(*best, context))
        if own.kind == ANSWER and contextual.kind == CHOOSE and in_play and reader.in_play_elsewhere(*best, context):
            # Read alone it is answered about another condition or treatment than the one in play:
            # the entry that leads the completed reading and names the one in play answers instead.
            answer = Selection(ANSWER, contextual.candidates[:1])
            return replace(answer, context=self._next_context(text, answer, context))
        if (_KIND_RANK[contextual.kind], leans_back, _top(contextual)) <= (_KIND_RANK[own.kind], False, _top(own)):
            return own
        return replace(contextual, context=self._next_context(text, contextual, context))

    def _picked(self, text: str, own: Selection, context: Context) -> Selection | None:
        """The offered entry a reply to a "did you mean" picks by its place or by name
        (``FollowUpReader.picked``); "that one" after several gets the same choices again."""
        reader = self.follow_ups
        offered = reader.still_offered(context.offered)
        if len(offered) > 1 and reader.points_back_only(text):
            return self._unscored(CHOOSE, text, [reader.positions[slug] for slug in offered], context)
        slug = reader.picked(text, offered, answered_alone=own.kind == ANSWER)
        return None if slug is None else self._unscored(ANSWER, text, [reader.positions[slug]], context)

    def _unscored(self, kind: str, text: str, positions: list[int], context: Context) -> Selection:
        """The entries at ``positions`` answered or offered with nothing to score (a wording staff
        wrote for an entry, or a reply to a "did you mean")."""
        chosen = Selection(
            kind, tuple(Candidate(self.entries[at].slug, self.entries[at].topic, float("inf")) for at in positions)
        )
        return replace(chosen, context=self._next_context(text, chosen, context))

    def _completed(self, text: str, follow_up: FollowUp, own: Selection) -> Selection:
        """The selection for the follow-up completed from the previous turn. A switch to the entry
        whose question names the new condition or treatment is answered (the previous question,
        asked about it) when it leads the choices and the message read alone is not answered or
        names nothing else ("what about esketamine" after insurance for infusions is not the entry
        on esketamine; "spravato cost?" is a question). A completed question clearly nearer one
        marked as not covered is "not sure" before any choices (``_assess``)."""
        scores, closeness = self.scores(follow_up.query)
        if follow_up.boost is not None:
            scores = scores + self.policy.topic_boost * follow_up.boost
        if follow_up.in_play is not None:
            scores = scores + self.policy.in_play_boost * follow_up.in_play
        if follow_up.elsewhere is not None:
            # Neither the answer nor a choice, however near the rest of the question.
            scores = np.where(follow_up.elsewhere, scores.min(), scores)
        contextual = self._decide(follow_up.query, scores, closeness, unknown_text=text)
        if contextual.kind != CHOOSE or (own.kind == ANSWER and not self.language.names_only(text)):
            return contextual
        if not follow_up.switches_to(
            [self.follow_ups.positions[candidate.slug] for candidate in contextual.candidates]
        ):
            return contextual
        return Selection(ANSWER, contextual.candidates[:1])

    def _decide(
        self, text: str, scores: np.ndarray, closeness: np.ndarray | None, unknown_text: str | None = None
    ) -> Selection:
        own_text = unknown_text if unknown_text is not None else text
        assessed = self._assess(text, own_text, scores, closeness)
        if isinstance(assessed, Selection):
            return assessed
        evidence, order, unknown_words = assessed
        if self.may_answer(evidence) and self._confident(evidence, own_text, unknown_words):
            return Selection(ANSWER, (self._candidate(order[0], scores),))
        top = float(scores[order[0]])
        if top >= self.policy.choice_score:
            return Selection(
                CHOOSE,
                tuple(
                    self._candidate(position, scores)
                    for position in order[: self.policy.max_choices]
                    if scores[position] >= top - self.policy.choice_window
                ),
            )
        return Selection(UNKNOWN)

    def evidence(self, text: str) -> tuple[str, dict[str, float]] | None:
        """``text``'s best entry read alone and what the confidence model reads about it (None when
        it is decided without: no content words, mostly unknown words, or a question not covered)."""
        if self._message is not None:
            self._message.start()
        scores, closeness = self.scores(text)
        assessed = self._assess(text, text, scores, closeness)
        if isinstance(assessed, Selection):
            return None
        evidence, order, unknown_words = assessed
        self._fill_filler(evidence, text, unknown_words)
        return self.entries[order[0]].slug, evidence

    def may_answer(self, evidence: dict[str, float]) -> bool:
        """Whatever the confidence: the runner-up is not close, and the message is nearer its best
        entry than any question marked as not covered."""
        return evidence["lead"] >= self.policy.answer_margin and evidence["gap_lead"] < 0

    def _assess(
        self, text: str, own_text: str, scores: np.ndarray, closeness: np.ndarray | None
    ) -> Selection | tuple[dict[str, float], np.ndarray, set[str]]:
        """A plain "not sure" decided before any confidence, or the evidence about the best entry
        (with "filler" 1.0: ``_confident`` computes it only when it could change the decision), the
        entries in order and the unknown words."""
        policy = self.policy
        content = self.language.content_words(own_text)
        if not self.entries or not content:
            return Selection(UNKNOWN)
        unknown_words = {word for word in content if not self.vocabulary.knows(word)}
        unknown = sum(word in unknown_words for word in content)
        order = np.argsort(-scores, kind="stable")
        top = float(scores[order[0]])
        near = 1.0 if closeness is None else float(closeness[order[0]])
        gap, nearest_gap = self._nearest_gap(text)
        if gap >= near + policy.gap_lead:  # a question staff marked as not covered, not an entry's
            return Selection(UNKNOWN, gap=nearest_gap)
        if 2 * unknown >= len(content):  # mostly words the knowledge base never uses
            return Selection(UNKNOWN)
        # A follow-up completed from the previous turn asks the whole completed question.
        asked = content if text == own_text else self.language.content_words(text)
        evidence = {
            "score": top,
            # With no runner-up, as if it had scored 0 (a lead like any clear one, nothing infinite).
            "lead": top - float(scores[order[1]]) if len(order) > 1 else top,
            # Of the question being answered: "and OCD?" asks all of "does ketamine work for OCD".
            "log_content_words": float(np.log(max(len(content), len(asked)))),
            "unknown_words": float(unknown),
            # Farther than this from every question not covered changes nothing (without any such
            # question the distance would be far outside what the confidence model was fitted on).
            "gap_lead": max(gap - near, -0.3),
            "uncovered": self.coverage.uncovered(own_text, int(order[0])),
        }
        if closeness is not None:
            # The word model's own decision value for the best entry: meaning alone never answers.
            word_scores = scores - policy.semantic_weight * closeness
            evidence |= {
                "word_score": float(word_scores[order[0]]),
                "closeness": near,
                "filler": 1.0,
                "word_model_agrees": float(np.argmax(word_scores) == order[0]),
            }
        return evidence, order, unknown_words

    def _confident(self, evidence: dict[str, float], text: str, unknown_words: set[str]) -> bool:
        """Whether the confidence model answers outright. Leaving out words the knowledge base never
        uses either keeps the message's meaning ("ballpark" is filler) or not ("OCD" is a question
        nobody answered); that costs another sentence to encode, and it can only lower confidence
        (``scripts/fit_confidence.py`` keeps its weight positive), so it is asked last."""
        if not self.confidence.answers(evidence):
            return False
        return not self._fill_filler(evidence, text, unknown_words) or self.confidence.answers(evidence)

    def _fill_filler(self, evidence: dict[str, float], text: str, unknown_words: set[str]) -> bool:
        """Put in how much of the message's meaning is left without its unknown words, where the
        evidence has a place for it and there are any; whether it did."""
        if not unknown_words or "filler" not in evidence:
            return False
        evidence["filler"] = self._filler(text, unknown_words)
        return True

    def _nearest_gap(self, text: str) -> tuple[float, str | None]:
        """The question staff marked as not covered nearest ``text`` in meaning, and how near
        (cosine; -1 and None without any, or without an encoder)."""
        if self._gaps is None:
            return -1.0, None
        closeness = self._gaps @ self._message_vector(text)
        nearest = int(np.argmax(closeness))
        return float(closeness[nearest]), self._gap_texts[nearest]

    def _filler(self, text: str, unknown_words: set[str]) -> float:
        """How much of ``text``'s meaning is left without ``unknown_words`` (cosine; 0 without an encoder)."""
        if self.encoder is None:
            return 0.0
        rest = " ".join(word for word in words(text) if word not in unknown_words)
        return float(self._message_vector(text) @ self._message_vector(rest))

    def _candidate(self, position: int, scores: np.ndarray) -> Candidate:
        entry = self.entries[position]
        return Candidate(entry.slug, entry.topic, float(scores[position]))

    def _next_context(self, text: str, selection: Selection, context: Context) -> Context:
        answered = selection.best.slug if selection.kind == ANSWER and selection.best else None
        offered = [candidate.slug for candidate in selection.candidates] if selection.kind == CHOOSE else []
        return self.follow_ups.next_context(text, answered, offered, context)


def _top(selection: Selection) -> float:
    return selection.best.score if selection.best else 0.0


def _slug(selection: Selection) -> str | None:
    return selection.best.slug if selection.best else None
