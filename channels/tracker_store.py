"""Rasa's SQL tracker store, keeping the contact form's personal details out of the database.

Configured in an endpoints file exactly like Rasa's own ``type: SQL`` store, with every
parameter of :class:`rasa.core.tracker_store.SQLTrackerStore` (``dialect``, ``url``, ``port``,
``db``, ``username``, ``password``, ``login_db``, ``query``)::

    tracker_store:
      type: channels.tracker_store.PrivateSQLTrackerStore
      dialect: postgresql
      ...

Rasa imports this module by that path in its own process (``PYTHONPATH`` holds the project
root; ``tooling.stack`` sets it), so it does nothing at import. Beware that Rasa falls back to the
in-memory store, with only a warning, when the path cannot be imported:
``tests/test_tracker_privacy.py`` loads ``deploy/endpoints.production.yml`` to catch that.

How Rasa's store works, and what is changed (what is written: :mod:`bot.tracker_privacy`):

- ``save`` counts the rows stored since the conversation's latest ``SessionStarted`` and
  appends the tracker's events after that count, one row each (``events`` table: sender id,
  type, timestamp, intent and action names, and the event as JSON in ``data``). Here the
  same rows are appended, but each event is first passed through
  :func:`bot.tracker_privacy.to_store` (placeholder plus seal while the form is open); and
  when a turn ends with the contact form closed and its events include a loop change, a new
  session or a restart (the only ways a form closes), the conversation's sealed rows lose
  their seal in the same transaction. Rows are rewritten, never added or removed, so Rasa's
  count stays right. (Looking for seals after every turn instead made a save 0.7-1.2 ms
  (SQLite) and about 2 ms (PostgreSQL) slower than Rasa's at p50, in 60-turn conversations
  on our 2-core machine; with the look-up only on those turns, the differences we measured
  were within that machine's noise. The purge's clean-up of abandoned forms is the backstop.)
- ``_retrieve`` (behind ``retrieve`` and ``retrieve_full_tracker``) rebuilds the tracker by
  replaying the rows' JSON; here each row's seal is opened first, so during the form the
  tracker is exactly what Rasa saved (slots for the read-back, the latest message), and
  afterwards it holds the placeholders: slots ``None``, texts ``"[redacted]"``, latest
  message and parse data without text or entity values.
- An event broker would receive Rasa's events in clear; none is configured here, and a
  warning says so if one ever is.

The seal uses the project's key (``INQUIRY_ENCRYPTION_KEY``, like the inquiries), read once
at start-up so a missing key stops Rasa at once instead of failing a visitor's turn. Several
Rasa servers must share it. After a key rotation keep the old key in the list for a day:
a form still open when its key goes loses its answers (the visitor is asked again).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

log = logging.getLogger(__name__)


class PrivateSQLTrackerStore(SQLTrackerStore):
    """:class:`SQLTrackerStore` that seals, then redacts, the contact form's details."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from bot.crypto import cipher

        self._cipher = cipher()
        if self.event_broker is not None:
            log.warning(
                "an event broker is configured: it receives conversation events unredacted, "
                "including the contact form's details"
            )

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the events not stored yet, protected; drop the seals once the form is closed."""
        from bot.tracker_privacy import CONTACT_FORM, LOOP_ENDS, to_store

        await self.stream_events(tracker)
        events = [event.as_dict() for event in tracker.events]
        form_open = tracker.active_loop_name == CONTACT_FORM
        with self.session_scope() as session:
            stored = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
            new = to_store(events, stored, form_open=form_open, seal=self._cipher.encrypt)
            for data in new:
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=data["event"],
                        timestamp=data.get("timestamp"),
                        intent_name=(data.get("parse_data") or {}).get("intent", {}).get("name"),
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            if not form_open and any(data["event"] in LOOP_ENDS for data in new):
                self._drop_seals(session, tracker.sender_id)
            session.commit()

    def _drop_seals(self, session: Any, sender_id: str) -> int:
        """Remove every seal of the conversation (one indexed query when there is none)."""
        from bot.tracker_privacy import SEAL, SEAL_LIKE, without_seal

        rows = (
            session.query(self.SQLEvent)
            .filter(self.SQLEvent.sender_id == sender_id, self.SQLEvent.data.like(SEAL_LIKE))
            .all()
        )
        dropped = 0
        for row in rows:
            data = json.loads(row.data)
            if SEAL in data:
                row.data = json.dumps(without_seal(data))
                dropped += 1
        return dropped

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
        from bot.tracker_privacy import opened

        with self.session_scope() as session:
            rows = self._event_query(
                session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions
            ).all()
            events = [opened(json.loads(row.data), self._cipher.decrypt) for row in rows]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None
