"""Warnings for staff about clinic credentials: what hides a clinic now, and what soon will.

"Now" comes from :class:`ListingPolicy` (the rule visitors' searches use); "soon" is a
license expiring or a verification falling due within ``SOON_DAYS``, so staff can act
before the clinic disappears from the chat.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import bindparam, exists, or_, select
from sqlalchemy.sql.elements import ColumnElement

from bot.directory.listing import ListingPolicy
from bot.models import Clinic, Credential

SOON_DAYS = 30


@dataclass(frozen=True)
class Flag:
    kind: str  # "expired", "expiring", "verification_overdue", "verification_due"
    message: str


def _in_days(today: dt.date, day: dt.date) -> str:
    days = (day - today).days
    return "today" if days == 0 else f"in {days} day{'' if days == 1 else 's'}"


def verification_due(policy: ListingPolicy, credential: Credential) -> dt.date | None:
    """The last day the current verification still counts (None if never verified)."""
    if credential.verified_on is None:
        return None
    return credential.verified_on + dt.timedelta(days=policy.max_verification_age_days)


def credential_flags(policy: ListingPolicy, credential: Credential) -> list[Flag]:
    """Expired or expiring licenses and overdue or upcoming verifications of one credential."""
    today, soon = policy.today, policy.today + dt.timedelta(days=SOON_DAYS)
    flags = []
    if credential.license_expires < today:
        flags.append(Flag("expired", f"License expired on {credential.license_expires:%Y-%m-%d}"))
    elif credential.license_expires <= soon:
        flags.append(
            Flag(
                "expiring",
                f"License expires on {credential.license_expires:%Y-%m-%d} "
                f"({_in_days(today, credential.license_expires)})",
            )
        )
    due = verification_due(policy, credential)
    if due is None:
        flags.append(Flag("verification_overdue", "License never verified"))
    elif due < today:
        flags.append(Flag("verification_overdue", f"Verification overdue since {due:%Y-%m-%d}"))
    elif due <= soon:
        flags.append(Flag("verification_due", f"Verification due by {due:%Y-%m-%d} ({_in_days(today, due)})"))
    return flags


def flag_parameters(policy: ListingPolicy) -> dict[str, dt.date]:
    """Values for the bound parameters of :func:`flagged_credential`."""
    soon = policy.today + dt.timedelta(days=SOON_DAYS)
    return {"flags_soon": soon, "flags_verified_by": soon - dt.timedelta(days=policy.max_verification_age_days)}


def flagged_credential() -> ColumnElement:
    """SQL: the clinic has a credential :func:`credential_flags` flags (license expired or expiring
    soon, verification never made, overdue or due soon)."""
    return exists(
        select(Credential.id).where(
            Credential.clinic_id == Clinic.id,
            or_(
                Credential.license_expires <= bindparam("flags_soon"),
                Credential.verified_on.is_(None),
                Credential.verified_on <= bindparam("flags_verified_by"),
            ),
        )
    )


def clinic_flags(policy: ListingPolicy, clinic: Clinic, *, hidden: bool = True) -> list[str]:
    """Everything staff should look at for one clinic: why it is hidden (unless ``hidden`` is
    False, for a page that already says so), then upcoming deadlines.

    A warning shared by several licenses (same prescriber, same problem) is listed once, with
    how many licenses it concerns, so a long list does not hide the one different warning.
    """
    messages = [f"Hidden from visitors: {problem}" for problem in policy.problems(clinic)] if hidden else []
    for credential in clinic.credentials:
        messages.extend(f"{credential.prescriber}: {flag.message}" for flag in credential_flags(policy, credential))
    counts = Counter(messages)
    return [message if counts[message] == 1 else f"{message} ({counts[message]} licenses)" for message in counts]
