"""Which clinic a visitor means when they ask to be contacted, and whether it may receive requests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload

from bot.db import session_scope
from bot.directory.listing import ListingPolicy
from bot.inquiries.form_text import ordinal_choice
from bot.models import Clinic


def chosen_ref(text: str, button_ref: str | None, embed_ref: str | None, shown: Sequence[str]) -> str | None:
    """A button's clinic, else the site's own clinic, else "the second one" of those shown, else
    the only one shown; None when the visitor still has to say which."""
    if button_ref:
        return button_ref
    if embed_ref:
        return embed_ref
    index = ordinal_choice(text, len(shown))
    if index is not None:
        return shown[index]
    return shown[0] if len(shown) == 1 else None


def listed_clinic(engine: Engine, ref: str, verification_days: int) -> tuple[str, str, str] | None:
    """(ref, name, phone) of a clinic that is listed today, or None."""
    policy = ListingPolicy(today=dt.date.today(), max_verification_age_days=verification_days)
    with session_scope(engine) as session:
        clinic = session.execute(
            select(Clinic).where(Clinic.ref == ref).options(selectinload(Clinic.credentials))
        ).scalar_one_or_none()
        if clinic is None or not policy.is_listed(clinic):
            return None
        return clinic.ref, clinic.name, clinic.phone


def clinic_names(engine: Engine, refs: Sequence[str]) -> list[tuple[str, str]]:
    """(ref, name) for the refs, in the given order (unknown refs left out)."""
    with session_scope(engine) as session:
        names = dict(session.execute(select(Clinic.ref, Clinic.name).where(Clinic.ref.in_(list(refs)))).all())
    return [(ref, names[ref]) for ref in refs if ref in names]
