"""Slot events for what changed, not for every slot an action knows.

Rasa stores every event an action returns in the conversation, and every later turn reads
the whole conversation back and sends it to the action server again: the answer used to add
four slot events on every turn, most of them unchanged. (The schema check of each response,
which the first profile also blamed on them, is a fixed cost: ``tooling.rasa_cli``.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet


def slot_changes(tracker: Tracker, values: Mapping[str, Any]) -> list[dict[str, Any]]:
    """``SlotSet`` events for the slots in ``values`` whose value differs from the tracker's."""
    return [SlotSet(name, value) for name, value in values.items() if tracker.get_slot(name) != value]
