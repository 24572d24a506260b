"""``action_session_start``: Rasa's session start, plus an anonymous count for the staff overview."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.background import in_background
from bot.config import load_settings
from bot.db import get_engine
from bot.stats import record_conversation


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        in_background(record_conversation, get_engine(load_settings().database_url))
        carry_over = domain.get("session_config", {}).get("carry_over_slots_to_new_session", True)
        carried = [
            SlotSet(name, value)
            for name, value in tracker.current_slot_values().items()
            if carry_over and value is not None and name != "requested_slot"
        ]
        return [SessionStarted(), *carried, ActionExecuted("action_listen")]
