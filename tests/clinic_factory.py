"""Clinics (and inquiries to them) built by tests, valid unless a test says otherwise."""

from __future__ import annotations

import datetime as dt

from bot.directory.npi import NPI_PREFIX, luhn_check_digit
from bot.inquiries.service import NewInquiry
from bot.models import Clinic, Credential

TODAY = dt.date(2026, 11, 22)


def valid_npi(serial: int) -> str:
    body = f"1{serial % 10**8:08d}"
    return body + str(luhn_check_digit(NPI_PREFIX + body))


def make_clinic(
    ref: str,
    latitude: float,
    longitude: float,
    state: str = "GA",
    *,
    treatments: list[str] | None = None,
    telehealth: bool = False,
    **credential: object,
) -> Clinic:
    clinic = Clinic(
        ref=ref,
        name=f"Clinic {ref} (sample)",
        street="1 Example Ave",
        city="Atlanta",
        state=state,
        zip="30301",
        latitude=latitude,
        longitude=longitude,
        phone="(404) 555-0100",
        website=f"https://{ref}.example",
        email=f"intake@{ref}.example",
        treatments=treatments or ["iv"],
        accepts_insurance=False,
        telehealth=telehealth,
        languages=["English"],
        notes="SAMPLE DATA",
    )
    fields = dict(
        prescriber="Dr. Test Person, MD",
        license_number=f"{state}-MD-{ref}",
        license_state=state,
        license_expires=TODAY + dt.timedelta(days=400),
        npi=valid_npi(abs(hash(ref))),
        rems_certified=True,
        status="active",
        verified_on=TODAY - dt.timedelta(days=30),
        verified_by="tests",
        verification_method="state board lookup",
    )
    fields.update(credential)
    clinic.credentials = [Credential(**fields)]
    return clinic


def request(ref: str = "c1", **changes) -> NewInquiry:
    """A valid contact request to clinic ``ref``."""
    fields = dict(
        clinic_ref=ref,
        first_name="Sam",
        contact="sam@example.com",
        contact_kind="email",
        preferred_time="mornings",
        note="Interested in IV",
    )
    fields.update(changes)
    return NewInquiry(**fields)
