"""Helpers the staff-admin test modules share: the chat's view of the knowledge base, stored entries
and revisions read back, a draft created through the web form, and a clinic form a person would fill in.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.db import session_scope
from bot.kb.service import KnowledgeService
from bot.models import EntryRevision


class Chat:
    """The knowledge service as the chat uses it: the answer shown for a question, if any."""

    def __init__(self, engine: Engine) -> None:
        self.service = KnowledgeService(engine)

    def answer(self, question: str):
        return self.service.respond(question).answer


def service(engine: Engine) -> Chat:
    return Chat(engine)


def revisions(engine: Engine, entry_id: int) -> list[EntryRevision]:
    with session_scope(engine) as session:
        rows = (
            session.execute(
                select(EntryRevision).where(EntryRevision.entry_id == entry_id).order_by(EntryRevision.number)
            )
            .scalars()
            .all()
        )
        for row in rows:
            _ = row.author  # loaded before the session closes
        return rows


CLINIC_FORM = {
    "ref": "savannah-calm",
    "name": "Savannah Calm Clinic (sample)",
    "street": "2 Bay St",
    "city": "Savannah",
    "state": "GA",
    "zip": "31401",
    "latitude": "32.0809",
    "longitude": "-81.0912",
    "phone": "(912) 555-0142",
    "website": "https://savannah-calm.example",
    "email": "intake@savannah-calm.example",
    "treatments": ["iv", "kap"],
    "accepts_insurance": "y",
    "insurance_notes": "",
    "languages": "English; Spanish",
    "notes": "",
}
