"""Follow-ups: a short message that leans on the previous turn ("what about PTSD?", "how much is that?").

Such a message is read together with the last entry answered (or offered first in a "did you
mean") and the condition or treatment in play; a reply to a "did you mean" that gives an offered
entry's place ("the second one") or names what only its question names ("what about the spray
one") picks that entry. Naming another condition or treatment asks the previous question about it:
"what about the nasal spray?" after an infusion's price is the SPRAVATO price, the entry of the same
topic whose own question names the spray, and never an entry whose question names another (the
infusion's price again). A follow-up is read alone when, read with what is in play, it only comes
back to the answer just given (or names only what that answer's question names) or offers again the
entry the visitor passed by, and read alone it points elsewhere ("i'm on zoloft, is that a problem"
after PTSD); so is one that the condition in play pulls into another topic ("how long does one
session take" after depression). Which reading wins, and whether it is answered, is answer
selection's (``bot.kb.selection``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.kb.language import Language, opening_clause, words
from bot.kb.retrieval import IndexedEntry

#: A follow-up's boost for an entry of the previous answer's topic, and for one whose own question
#: also names the condition or treatment the follow-up names.
SAME_TOPIC, NAMES_IT = 1.0, 2.0


@dataclass(frozen=True)
class Context:
    """What the conversation is about so far (kept in Rasa slots between messages)."""

    #: The entry last answered, or offered first in a "did you mean" (what a follow-up leans on).
    last_entry: str | None = None
    condition: str | None = None
    route: str | None = None
    #: Every entry the last reply offered in a "did you mean" (empty after any other reply).
    offered: tuple[str, ...] = ()


@dataclass(frozen=True)
class FollowUp:
    """A message completed from the previous turn."""

    query: str
    #: For a follow-up naming another condition or treatment, each entry's boost (``SAME_TOPIC`` or
    #: ``NAMES_IT``, 0 for the rest); None for one that does not switch.
    boost: np.ndarray | None = None
    #: For a follow-up completed with the condition or treatment in play, 1.0 for each entry whose own
    #: question names it (0 for the rest); None otherwise.
    in_play: np.ndarray | None = None
    #: For a follow-up that switches, True for each entry whose own question names another condition or
    #: treatment than the one switched to ("and the IV one?" after SPRAVATO: the SPRAVATO entries); None otherwise.
    elsewhere: np.ndarray | None = None
    #: For a follow-up that switches, the condition or treatment it names; None otherwise.
    switched_to: Context | None = None

    def switches_to(self, offered: Sequence[int]) -> bool:
        """The first entry offered (positions) is the only one offered of the previous answer's topic
        whose own question names what the follow-up names: the previous question, asked about it."""
        if self.boost is None or not offered:
            return False
        return bool(self.boost[offered[0]] == NAMES_IT) and all(self.boost[other] != NAMES_IT for other in offered[1:])


class FollowUpReader:
    """Tells whether a message leans on the previous turn and completes it from there."""

    def __init__(self, entries: Sequence[IndexedEntry], language: Language, max_words: int) -> None:
        """``max_words``: a message with at most this many content words may lean on the previous turn."""
        self.entries = list(entries)
        self.language = language
        self.max_words = max_words
        #: Each entry's position (in ``entries``, the order of every score array) by its slug.
        self.positions = {entry.slug: position for position, entry in enumerate(self.entries)}
        # The condition and treatment each entry's own question names first, if any, and the words
        # of each question (whether it names the one in play anywhere).
        self._named = [
            (language.condition_in(entry.texts[0]), language.route_in(entry.texts[0])) for entry in self.entries
        ]
        self._question_words = [frozenset(words(entry.texts[0])) for entry in self.entries]
        self._question_stems = [
            frozenset(language.stem(word) for word in language.content_words(entry.texts[0])) for entry in self.entries
        ]

    def leans_on_previous(self, text: str) -> bool:
        """A short message, or one that opens with a short clause naming a condition or treatment
        and goes on about the visitor ("and depression too? some days I can't get out of bed")."""
        language = self.language
        if len(language.content_words(text)) <= self.max_words:
            return True
        opening = opening_clause(text)
        named = language.condition_in(opening) or language.route_in(opening)
        return named is not None and len(language.content_words(opening)) <= self.max_words

    def complete(self, text: str, context: Context, leaning: bool = False) -> FollowUp | None:
        """``text`` completed from the previous turn, or None when it does not lean on one (``leaning``:
        it does, however long: :meth:`answered_elsewhere`)."""
        position = self.positions.get(context.last_entry) if context.last_entry else None
        if position is None or not (leaning or self.leans_on_previous(text)):
            return None
        previous = self.entries[position]
        language = self.language
        condition, route = language.condition_in(text), language.route_in(text)
        if condition or route:
            # "What about PTSD?": the previous question with the new condition in place of the old.
            named = " ".join(
                ([language.conditions[condition][0]] if condition else [])
                + ([language.routes[route][0]] if route else [])
            )
            query = f"{text} {named} {language.without_named(previous.texts[0])}"
            switched_to = Context(condition=condition, route=route)
            elsewhere = np.array([self.names_another(entry.slug, switched_to) for entry in self.entries])
            return FollowUp(
                query,
                self._switch_boost(previous.topic, condition, route),
                elsewhere=elsewhere,
                switched_to=switched_to,
            )
        in_play = [
            language.conditions[context.condition][0] if context.condition in language.conditions else "",
            language.routes[context.route][0] if context.route in language.routes else "",
        ]
        names = self._names_in_play(context)
        naming = np.array([float(any(name in question for name in names)) for question in self._question_words])
        return FollowUp(" ".join([text, *in_play]), in_play=naming if naming.any() else None)

    def names_in_play(self, slug: str, context: Context) -> bool:
        """The entry's own question names the condition or treatment in play ("how soon would I
        notice anything" after PTSD: the entry on how fast it works for PTSD)."""
        question = self._question_words[self.positions[slug]]
        return any(name in question for name in self._names_in_play(context))

    def _names_in_play(self, context: Context) -> list[str]:
        """Every word naming the condition or treatment in play."""
        return [
            *self.language.conditions.get(context.condition or "", ()),
            *self.language.routes.get(context.route or "", ()),
        ]

    def names_another(self, slug: str, context: Context) -> bool:
        """The entry's own question names a condition or treatment, and not the one in play ("How
        quickly does ketamine work for depression?" while PTSD is in play; not "… for anxiety or
        PTSD?")."""
        condition, route = self._named[self.positions[slug]]
        other_condition = condition is not None and context.condition is not None and condition != context.condition
        other_route = route is not None and context.route is not None and route != context.route
        return (other_condition or other_route) and not self.names_in_play(slug, context)

    def answered_elsewhere(self, text: str, answered: str | None, context: Context) -> bool:
        """``text`` names no condition, and the entry that answers it read alone (``answered``) names
        another than the one in play: a longer question then leans on the previous turn too ("first the
        sessions, then how long until I feel a difference?" after PTSD is not about depression)."""
        if answered is None or context.condition is None or self.language.condition_in(text):
            return False
        return self.names_another(answered, Context(condition=context.condition))

    def in_play_only(self, completed: str | None, alone: str | None, context: Context) -> bool:
        """Read with the condition or treatment in play, the best entry (``completed``) is one whose
        question names it, and read alone (``alone``) it is not, in the same topic: what is in play
        chooses within what the message asks ("how long is each session" after depression is about
        sessions, not about how fast it works for depression)."""
        if completed is None or alone is None:
            return False
        same_topic = self.entries[self.positions[completed]].topic == self.entries[self.positions[alone]].topic
        return same_topic and self.names_in_play(completed, context) and not self.names_in_play(alone, context)

    def in_play_moves_topic(self, completed: str | None, alone: str | None, context: Context) -> bool:
        """Read with what is in play, the best entry (``completed``) names the condition in play and is of
        another topic than the best entry read alone (``alone``), which names no condition or treatment:
        the condition pulled the message away from what it asks ("how long does one session take" after
        depression, offered choices about sessions, is not how fast it works for depression). A treatment
        in play may lead to another topic: "how long do they keep you there" after SPRAVATO at home asks
        about the SPRAVATO visit."""
        if completed is None or alone is None:
            return False
        other_topic = self.entries[self.positions[completed]].topic != self.entries[self.positions[alone]].topic
        names_nothing = not self.names_in_play(alone, context) and not self.names_another(alone, context)
        return other_topic and names_nothing and self.names_in_play(completed, Context(condition=context.condition))

    def in_play_elsewhere(self, completed: str | None, alone: str | None, context: Context) -> bool:
        """Read with the condition or treatment in play, the best entry names it, and read alone the best
        entry names another ("how soon would I notice anything" after PTSD: how fast it works for
        depression), whatever their topics."""
        if completed is None or alone is None:
            return False
        return self.names_in_play(completed, context) and self.names_another(alone, context)

    def read_alone(
        self,
        completed: str | None,
        alone: str | None,
        follow_up: FollowUp,
        context: Context,
        refers_back: bool,
        chooses: bool,
    ) -> bool:
        """The follow-up is read alone though it leans on the previous turn: its completed reading
        (best entry ``completed``; ``chooses``: it would offer choices) only repeats what was just said
        (:meth:`only_repeats`, :meth:`offers_again`), or, with no back-reference (``refers_back``), the
        condition in play pulls it into another topic (:meth:`in_play_moves_topic`)."""
        if self.only_repeats(completed, alone, follow_up, context):
            return True
        if chooses and self.offers_again(completed, alone, follow_up, context):
            return True
        in_play = follow_up.in_play is not None
        return in_play and not refers_back and self.in_play_moves_topic(completed, alone, context)

    def only_repeats(self, completed: str | None, alone: str | None, follow_up: FollowUp, context: Context) -> bool:
        """Read with what is in play, a follow-up comes back to the entry just answered (``completed``),
        though read alone it points at another (``alone``): "i'm on zoloft, is that a problem" after the
        PTSD answer asks about the medicine, and the visitor has just read that answer. So does one that
        names only what that entry's question already names ("is spravato the same as ketamine" after
        the SPRAVATO price: no switch, a new question). After a "did you mean", the first entry offered
        was not read: it may be the one meant."""
        previous = context.last_entry
        if previous is None or context.offered or not self._comes_back(completed, alone, context):
            return False
        return follow_up.switched_to is None or self.names_in_play(previous, follow_up.switched_to)

    def offers_again(self, completed: str | None, alone: str | None, follow_up: FollowUp, context: Context) -> bool:
        """After a "did you mean", a follow-up that switches to nothing leads, read with what is in play,
        with the first entry offered (``completed``), though read alone it points at another (``alone``):
        the visitor passed that entry by to ask something else ("is the lexapro gonna fight with it" after
        "did you mean" the entry on anxiety). The caller asks this only when the completed reading would
        offer choices again; one it answers outright may be the entry meant."""
        return bool(context.offered) and follow_up.switched_to is None and self._comes_back(completed, alone, context)

    @staticmethod
    def _comes_back(completed: str | None, alone: str | None, context: Context) -> bool:
        """Read with what is in play, the best entry is the previous one; read alone, another."""
        previous = context.last_entry
        return previous is not None and completed == previous and alone not in (None, previous)

    def refers_back(self, text: str, answered_alone: bool = False) -> bool:
        """Uses a back-reference ("that", "it"), or names a condition or treatment to switch to,
        unless read alone it is a question of its own that is answered (``answered_alone``:
        "esketamine vs ketamine?" after a question about cost) and not only names ("the spray?")."""
        language = self.language
        if any(word in language.back_references for word in words(text)):
            return True
        names = bool(language.condition_in(text) or language.route_in(text))
        return names and (not answered_alone or language.names_only(text))

    def picked(self, text: str, offered: Sequence[str], answered_alone: bool = False) -> str | None:
        """The entry of a "did you mean" that a reply to it picks: by its place in the list ("the
        second one", "#2", "the last one"); by naming what only its own question names ("what about
        the spray one" after insurance for doctor visits, SPRAVATO with Medicare, and infusions is the
        SPRAVATO entry); by a word or two that only its own question holds ("the medicare one"); or,
        the only entry offered, by "that one". None when nothing was offered, the place is not in the
        list, the message is answered alone (``answered_alone``) and is not only a name ("is spravato
        safe?"), asks more than a name and one word ("does the spray damage the bladder") or more than
        two words, or none or several of the offered questions fit. ``offered``: published entries only
        (:meth:`still_offered`)."""
        language = self.language
        place = language.place_in_list(text)
        if not offered or place is not None:
            return _at(place, offered)
        if len(offered) == 1 and self.points_back_only(text):
            return offered[0]  # "that one" after "Did you mean this?"
        if answered_alone and not language.names_only(text):
            return None
        unnamed = [word for word in language.unnamed_words(text) if word not in language.place_words]
        named = Context(condition=language.condition_in(text), route=language.route_in(text))
        if named.condition or named.route:
            fits = [slug for slug in offered if self.names_in_play(slug, named)]
            return fits[0] if len(fits) == 1 and len(unnamed) <= 1 else None
        stems = {language.stem(word) for word in unnamed}
        if not stems or len(stems) > 2:
            return None
        fits = [slug for slug in offered if stems <= self._question_stems[self.positions[slug]]]
        return fits[0] if len(fits) == 1 else None

    def points_back_only(self, text: str) -> bool:
        """``text`` only points back at what was just said ("that one", "yes this"): a back-reference
        and no word of its own."""
        language = self.language
        said = words(text)
        own = [word for word in language.content_words(text) if word not in language.place_words]
        return any(word in language.back_references for word in said) and not own

    def by_place(self, text: str, offered: Sequence[str]) -> str | None:
        """The offered entry at the place in the list that ``text`` gives ("the last one"), if any."""
        return _at(self.language.place_in_list(text), self.still_offered(offered))

    def still_offered(self, offered: Sequence[str]) -> list[str]:
        """The entries offered that are still published, in the order offered: places in the list and
        picks by name count among these only."""
        return [slug for slug in offered if slug in self.positions]

    def next_context(self, text: str, answered: str | None, offered: Sequence[str], context: Context) -> Context:
        """Context after this message: the entry it was about and any condition or treatment named.
        After a "did you mean", the first entry offered is what a follow-up leans on ("how much is
        one infusion", choices, then "and the nasal spray?"): the visitor's last question was about
        it, not about an entry answered earlier; every entry offered is kept for :meth:`picked`.
        Only an answer's own question names a condition or treatment in play; one that names the one
        already in play among others ("anxiety or PTSD" while PTSD is in play) keeps it."""
        language = self.language
        shown = self.entries[self.positions[answered]].texts[0] if answered else ""
        kept = self.names_in_play(answered, Context(condition=context.condition)) if answered else False
        return Context(
            last_entry=answered or next(iter(offered), None) or context.last_entry,
            condition=language.condition_in(text)
            or (context.condition if kept else language.condition_in(shown))
            or context.condition,
            route=language.route_in(text) or language.route_in(shown) or context.route,
            offered=() if answered else tuple(offered),
        )

    def _switch_boost(self, topic: str, condition: str | None, route: str | None) -> np.ndarray:
        """``SAME_TOPIC`` for each entry of the previous answer's topic, ``NAMES_IT`` where the entry's
        own question names what the follow-up names ("what about the spray?" after infusion costs:
        the SPRAVATO cost entry over the cost overview)."""
        boost = np.zeros(len(self.entries))
        for position, (entry, (its_condition, its_route)) in enumerate(zip(self.entries, self._named, strict=True)):
            if entry.topic == topic:
                names_it = (condition and its_condition == condition) or (route and its_route == route)
                boost[position] = NAMES_IT if names_it else SAME_TOPIC
        return boost


def _at(place: int | None, offered: Sequence[str]) -> str | None:
    """The offered entry at ``place`` (-1: the last), if the list has one there."""
    return offered[place] if place is not None and -len(offered) <= place < len(offered) else None
