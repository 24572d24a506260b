"""Slot events for what changed, not for every slot an action knows.

Rasa checks each event an action returns against its JSON schema and stores it in the
conversation, which every later turn reads back: four unchanged slots sent on every answer
were a fifth of the Rasa server's time on a knowledge turn (py-spy, 2026-12-01).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet


def slot_changes(tracker: Tracker, values: Mapping[str, Any]) -> list[dict[str, Any]]:
    """``SlotSet`` events for the slots in ``values`` whose value differs from the tracker's."""
    return [SlotSet(name, value) for name, value in values.items() if tracker.get_slot(name) != value]
