"""The staff list of clinics: searched, filtered ("hidden", "needs attention") and paged in SQL.

The directory may hold 100,000 clinics, so the filters are the SQL forms of the listing rule
(:func:`bot.directory.listing.listed`) and of the flags (:func:`bot.directory.flags.flagged_credential`);
only the clinics of the page shown are loaded, with their credentials, to word their flags.
Rows are plain values, so a page can be rendered after its session has closed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from bot.directory.flags import clinic_flags, flag_parameters, flagged_credential
from bot.directory.listing import ListingPolicy, listed
from bot.models import Clinic
from bot.paging import LIKE_ESCAPE, Page, like_pattern, paginate

SHOW_HIDDEN = "hidden"
SHOW_ATTENTION = "attention"
SEARCHED_COLUMNS = (Clinic.name, Clinic.ref, Clinic.city, Clinic.state)


@dataclass(frozen=True)
class ClinicRow:
    """One line of the list: the clinic, what staff should look at, and whether visitors see it."""

    id: int
    ref: str
    name: str
    city: str
    state: str
    flags: tuple[str, ...]
    listed: bool


def clinic_page(
    session: Session, policy: ListingPolicy, *, search: str = "", show: str = "", page: int = 1, per_page: int = 50
) -> Page[ClinicRow]:
    """Clinics by name matching ``search`` (name, reference, city or state), optionally only those
    hidden from visitors (``show="hidden"``) or with any flag (``show="attention"``)."""
    statement = select(Clinic).options(selectinload(Clinic.credentials)).order_by(Clinic.name, Clinic.ref)
    if search.strip():
        pattern = like_pattern(search.strip())
        statement = statement.where(or_(*(column.ilike(pattern, escape=LIKE_ESCAPE) for column in SEARCHED_COLUMNS)))
    if show == SHOW_HIDDEN:
        statement = statement.where(~listed())
    elif show == SHOW_ATTENTION:
        statement = statement.where(or_(~listed(), flagged_credential()))
    shown = paginate(session, statement, page, per_page, {**policy.parameters(), **flag_parameters(policy)})
    return shown.map(
        lambda clinic: ClinicRow(
            clinic.id,
            clinic.ref,
            clinic.name,
            clinic.city,
            clinic.state,
            tuple(clinic_flags(policy, clinic)),
            policy.is_listed(clinic),
        )
    )


def clinic_with_credentials(session: Session, clinic_id: int) -> Clinic | None:
    """One clinic and its credentials (loaded together), for its staff page and forms; None if unknown."""
    query = select(Clinic).where(Clinic.id == clinic_id).options(selectinload(Clinic.credentials))
    return session.execute(query).scalar_one_or_none()
