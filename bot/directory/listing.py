"""When a clinic may be shown to visitors: the one rule, in Python and as SQL.

A clinic is listed when at least one of its credentials is active, unexpired, issued by
the clinic's own state, and verified within the allowed period; a clinic offering
esketamine must also be REMS-certified. The SQL form narrows the search; the Python form
explains to staff why a clinic is hidden. Tests check the two agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import String, and_, bindparam, cast, exists, or_, select
from sqlalchemy.sql.elements import ColumnElement

from bot.models import Clinic, Credential

DEFAULT_VERIFICATION_DAYS = 365


@dataclass(frozen=True)
class ListingPolicy:
    today: dt.date
    max_verification_age_days: int = DEFAULT_VERIFICATION_DAYS

    @property
    def verified_since(self) -> dt.date:
        return self.today - dt.timedelta(days=self.max_verification_age_days)

    def credential_problems(self, clinic: Clinic, credential: Credential) -> list[str]:
        """Why this credential does not make the clinic listable (empty when it does)."""
        problems = []
        if credential.status != "active":
            problems.append(f"license {credential.status}")
        if credential.license_expires < self.today:
            problems.append(f"license expired {credential.license_expires:%Y-%m-%d}")
        if credential.license_state != clinic.state:
            problems.append(f"license issued in {credential.license_state}, clinic is in {clinic.state}")
        if credential.verified_on is None:
            problems.append("never verified")
        elif credential.verified_on < self.verified_since:
            problems.append(
                f"last verified {credential.verified_on:%Y-%m-%d}, over {self.max_verification_age_days} days ago"
            )
        if "esketamine" in (clinic.treatments or []) and not credential.rems_certified:
            problems.append("offers esketamine without SPRAVATO REMS certification")
        return problems

    def problems(self, clinic: Clinic) -> list[str]:
        """Why a clinic is hidden from visitors; empty when it is listed."""
        if not clinic.credentials:
            return ["no credential on file"]
        per_credential = [self.credential_problems(clinic, credential) for credential in clinic.credentials]
        return [] if any(not found for found in per_credential) else min(per_credential, key=len)

    def is_listed(self, clinic: Clinic) -> bool:
        return not self.problems(clinic)

    def parameters(self) -> dict[str, dt.date]:
        """Values for the bound parameters of :func:`passing_credential`."""
        return {"listing_today": self.today, "listing_verified_since": self.verified_since}


def passing_credential(*extra: ColumnElement) -> ColumnElement:
    """SQL: the clinic has a credential passing the license checks (and ``extra``).

    Dates are bound parameters (see ``ListingPolicy.parameters``), so statements built
    from this are built once and reused.
    """
    return exists(
        select(Credential.id).where(
            and_(
                Credential.clinic_id == Clinic.id,
                Credential.status == "active",
                Credential.license_expires >= bindparam("listing_today"),
                Credential.license_state == Clinic.state,
                Credential.verified_on >= bindparam("listing_verified_since"),
                *extra,
            )
        )
    )


def rems_certified() -> ColumnElement:
    """SQL: a passing credential that is also REMS-certified (needed to offer esketamine)."""
    return passing_credential(Credential.rems_certified.is_(True))


def offers_esketamine() -> ColumnElement:
    """SQL: the clinic's treatments name esketamine (the JSON list as stored text, as on either database)."""
    return cast(Clinic.treatments, String).like('%"esketamine"%')


def listed() -> ColumnElement:
    """SQL form of :meth:`ListingPolicy.is_listed`: a passing credential, REMS-certified if esketamine is offered."""
    return and_(passing_credential(), or_(~offers_esketamine(), rems_certified()))
