"""A minimal Rasa domain with the contact form's slots, for tracker-store tests that need no model."""

from __future__ import annotations

from rasa.shared.core.domain import Domain

CONTACT_SLOTS = [
    "contact_first_name",
    "contact_detail",
    "contact_time",
    "contact_note",
    "contact_consent",
    "contact_confirmed",
    "contact_kind",
]
DOMAIN = Domain.from_dict(
    {
        "slots": {name: {"type": "any", "mappings": [{"type": "custom"}]} for name in CONTACT_SLOTS},
        "forms": {"contact_form": {"required_slots": CONTACT_SLOTS[:-1]}},
    }
)
