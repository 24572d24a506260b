"""Which clinics visitors may see: licensed, unexpired, in-state, recently verified, REMS for esketamine."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.db import session_scope
from bot.directory.listing import ListingPolicy
from bot.directory.npi import is_valid_npi
from bot.directory.search import nearest_clinics
from bot.models import Clinic
from tests.clinic_factory import TODAY, make_clinic, valid_npi

POLICY = ListingPolicy(today=TODAY, max_verification_age_days=365)
ATLANTA = (33.749, -84.388)


@pytest.mark.parametrize("npi, valid", [
    ("1234567893", True),   # the CMS documentation's worked example
    ("1234567890", False),
    ("123456789", False),
    ("3234567893", False),
    ("12345678a3", False),
    ("", False),
])
def test_npi_check_digit(npi: str, valid: bool) -> None:
    assert is_valid_npi(npi) is valid


def test_generated_npis_are_valid() -> None:
    assert all(is_valid_npi(valid_npi(serial)) for serial in range(0, 10**8, 9_999_991))


HIDDEN = {
    "expired": dict(license_expires=TODAY - dt.timedelta(days=1)),
    "suspended": dict(status="suspended"),
    "pending": dict(status="pending"),
    "wrong-state": dict(license_state="FL"),
    "never-verified": dict(verified_on=None),
    "stale-verification": dict(verified_on=TODAY - dt.timedelta(days=366)),
}


@pytest.mark.parametrize("reason", list(HIDDEN))
def test_unlicensed_clinics_are_never_shown(engine, reason: str) -> None:
    with session_scope(engine) as session:
        session.add(make_clinic("good", 33.75, -84.39))
        session.add(make_clinic("bad", 33.749, -84.388, **HIDDEN[reason]))  # the very nearest
    with session_scope(engine) as session:
        hits = nearest_clinics(session, *ATLANTA, 25, limit=10, policy=POLICY)
        assert [hit.clinic.ref for hit in hits] == ["good"]
        bad = session.execute(select(Clinic).filter_by(ref="bad")).scalar_one()
        assert POLICY.problems(bad) and not POLICY.is_listed(bad)


def test_esketamine_needs_rems_certification(engine) -> None:
    with session_scope(engine) as session:
        session.add(make_clinic("spray-no-rems", 33.75, -84.39, treatments=["esketamine"], rems_certified=False))
        session.add(make_clinic("iv-no-rems", 33.76, -84.39, treatments=["iv"], rems_certified=False))
        session.add(make_clinic("spray-rems", 33.77, -84.39, treatments=["esketamine", "iv"]))
    with session_scope(engine) as session:
        refs = [hit.clinic.ref for hit in nearest_clinics(session, *ATLANTA, 25, limit=10, policy=POLICY)]
        assert refs == ["iv-no-rems", "spray-rems"]


def test_verification_period_is_configurable(engine) -> None:
    with session_scope(engine) as session:
        session.add(make_clinic("checked-200-days-ago", 33.75, -84.39, verified_on=TODAY - dt.timedelta(days=200)))
    with session_scope(engine) as session:
        assert nearest_clinics(session, *ATLANTA, 25, limit=5, policy=POLICY)
        strict = ListingPolicy(today=TODAY, max_verification_age_days=180)
        assert nearest_clinics(session, *ATLANTA, 25, limit=5, policy=strict) == []


def test_a_clinic_with_one_good_credential_among_bad_ones_is_listed(engine) -> None:
    from bot.models import Credential

    with session_scope(engine) as session:
        clinic = make_clinic("two-credentials", 33.75, -84.39, status="expired")
        good = make_clinic("x", 0, 0).credentials[0]
        clinic.credentials.append(Credential(**{column: getattr(good, column) for column in (
            "prescriber", "license_number", "license_state", "license_expires", "npi", "rems_certified", "status",
            "verified_on", "verified_by", "verification_method")}))
        session.add(clinic)
    with session_scope(engine) as session:
        assert [hit.clinic.ref for hit in nearest_clinics(session, *ATLANTA, 25, limit=5, policy=POLICY)] == \
            ["two-credentials"]
