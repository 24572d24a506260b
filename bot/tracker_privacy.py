"""What Rasa's tracker store may keep of a conversation (plain Python, no Rasa imports).

The contact form collects a first name, an e-mail address or phone number, a preferred time
and a note. Once the inquiry is saved (encrypted, in the application database) the tracker
has no reason to hold them, yet Rasa writes every event in plain JSON: the visitor's messages
(``text``, and ``parse_data`` with the text again, its tokens and entities such as a first
name that spaCy took for a city), the form's ``SlotSet`` events (each value twice: as
extracted, then as validated), and the bot's own messages, which quote them (an invalid
address, the read-back, "Thanks, Sam").

So the store (``channels/tracker_store.py``) writes such an event in two parts:

- a **placeholder** that has the event's shape and nothing personal: ``"[redacted]"`` for
  texts, ``null`` for slot values, entities with their type but no value, and only the
  intent (with its ranking), message id and metadata of the parse data. Rasa's policies look
  at intents, entity types and slots that influence the conversation, none of which change;
- while the form is still open, a **seal**: the whole original event, encrypted with the
  project's key (Fernet, ``INQUIRY_ENCRYPTION_KEY``), under the ``"sealed"`` key. Reading a
  tracker back opens the seal, so a form half-filled on one Rasa server is finished on
  another (the summary needs the slots).

When the form closes (sent, declined, stopped, crisis, a new session or restart), every
seal of the conversation is dropped, leaving only the placeholders: the details are gone
from the tracker, not merely hidden. Events written after the form has closed in the same
turn (the last answer, "Thanks, Sam") are never sealed at all. Nothing personal is ever
stored in clear, and an abandoned form's details stay encrypted until ``python -m cli
purge`` drops the seal (conversation idle a day) or deletes the conversation.

Which events: every visitor message and bot message while the contact form is the active
loop (a question asked in the middle of the form too), the bot's messages right after
``action_submit_inquiry``, and any ``SlotSet`` of a contact slot with a text value, wherever
it happens (``action_session_start`` carries slots over). Visitor messages outside the form
keep their text, with e-mail addresses and phone numbers replaced by a marker
(:func:`bot.redact.scrub_contact_details`): "email me at …" before the form starts. No visitor
message keeps the sentence vector and word pieces its parse carries to the action server
(:data:`bot.kb.embedding.MESSAGE_VECTOR`): they were computed from the words before that
replacement, and a conversation's later turns have no use for them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from bot.kb.embedding import MESSAGE_VECTOR
from bot.redact import scrub_contact_details

log = logging.getLogger(__name__)

CONTACT_FORM = "contact_form"
CONTACT_SLOTS = frozenset(
    {"contact_first_name", "contact_detail", "contact_time", "contact_note", "contact_consent", "contact_confirmed"}
)
AFTER_FORM_ACTIONS = frozenset({"action_submit_inquiry"})  # its reply thanks the visitor by name
REDACTED = "[redacted]"
SEAL = "sealed"
SEAL_LIKE = '%"sealed": "%'  # a stored row (json.dumps) that carries a seal; no LIKE wildcards in it
LOOP_ENDS = frozenset({"active_loop", "form", "session_started", "restart"})  # events that can close a form
_KEPT_PARSE_DATA = ("intent", "intent_ranking", "message_id", "metadata")
_KEPT_ENTITY_KEYS = ("entity", "role", "group", "start", "end", "extractor", "confidence_entity")

Event = dict[str, Any]


def sensitive_events(events: Iterable[Event]) -> tuple[list[bool], str | None]:
    """For each serialised event (``Event.as_dict()``), whether it carries form details; and the
    active loop after the last one. Follows the active loop as Rasa does: ``ActiveLoop`` sets
    it, a new session or a restart clears it."""
    loop: str | None = None
    last_action: str | None = None
    flags = []
    for event in events:
        kind = event.get("event")
        if kind in ("session_started", "restart"):
            loop = None
        if kind == "user":
            flags.append(loop == CONTACT_FORM)
        elif kind == "bot":
            flags.append(loop == CONTACT_FORM or last_action in AFTER_FORM_ACTIONS)
        elif kind == "slot":
            flags.append(event.get("name") in CONTACT_SLOTS and isinstance(event.get("value"), str))
        else:
            flags.append(False)
        if kind in ("active_loop", "form"):
            loop = event.get("name")
        elif kind == "action":
            last_action = event.get("name")
    return flags, loop


def placeholder(event: Event) -> Event:
    """The event with its shape and nothing personal."""
    kind = event.get("event")
    if kind == "user":
        parse_data = event.get("parse_data") or {}
        kept = {key: parse_data[key] for key in _KEPT_PARSE_DATA if key in parse_data}
        kept["entities"] = [
            {**{key: entity[key] for key in _KEPT_ENTITY_KEYS if key in entity}, "value": REDACTED}
            for entity in parse_data.get("entities") or []
        ]
        kept["text"] = REDACTED
        return {**event, "text": REDACTED, "parse_data": kept}
    if kind == "bot":
        return {**event, "text": REDACTED, "data": {}}
    if kind == "slot":
        return {**event, "value": None}
    return dict(event)


def scrubbed(event: Event) -> Event:
    """A visitor message outside the form, with e-mail addresses and phone numbers removed, and
    without its sentence vector."""
    if event.get("event") != "user":
        return event
    parse_data = {key: value for key, value in (event.get("parse_data") or {}).items() if key != MESSAGE_VECTOR}
    text = event.get("text")
    if not isinstance(text, str) or scrub_contact_details(text) == text:
        return {**event, "parse_data": parse_data} if "parse_data" in event else event
    parse_data["text"] = scrub_contact_details(text)
    parse_data["entities"] = [
        {**entity, "value": scrub_contact_details(entity["value"])} if isinstance(entity.get("value"), str) else entity
        for entity in parse_data.get("entities") or []
    ]
    return {**event, "text": parse_data["text"], "parse_data": parse_data}


def to_store(events: Sequence[Event], start: int, *, form_open: bool, seal: Callable[[bytes], bytes]) -> list[Event]:
    """What to write for ``events[start:]`` (the ones not stored yet), given the whole session
    so far (the active loop at each event depends on the ones before)."""
    flags, _ = sensitive_events(events)
    stored = []
    for event, sensitive in zip(events[start:], flags[start:], strict=False):
        if not sensitive:
            stored.append(scrubbed(event))
            continue
        row = placeholder(event)
        if form_open:
            row[SEAL] = seal(json.dumps(event).encode("utf-8")).decode("ascii")
        stored.append(row)
    return stored


def opened(row: Event, open_seal: Callable[[bytes], bytes]) -> Event:
    """A stored event as the tracker needs it: its seal opened, else the placeholder itself."""
    token = row.get(SEAL)
    if token is None:
        return row
    try:
        return json.loads(open_seal(token.encode("ascii")))
    except Exception:  # a key rotated away, a damaged row: the placeholder is still valid
        log.warning("a sealed tracker event could not be opened; using its redacted form")
        return without_seal(row)


def without_seal(row: Event) -> Event:
    return {key: value for key, value in row.items() if key != SEAL}
