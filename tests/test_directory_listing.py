"""Which clinics visitors may see: licensed, unexpired, in-state, recently verified, REMS for esketamine."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from bot.db import session_scope
from bot.directory.listing import ListingPolicy
from bot.directory.listing_staff import clinic_page, clinic_with_credentials
from bot.directory.npi import is_valid_npi
from bot.directory.search import nearest_clinics
from bot.models import Clinic
from tests.clinic_factory import TODAY, make_clinic, valid_npi

POLICY = ListingPolicy(today=TODAY, max_verification_age_days=365)
ATLANTA = (33.749, -84.388)


@pytest.mark.parametrize(
    "npi, valid",
    [
        ("1234567893", True),  # the CMS documentation's worked example
        ("1234567890", False),
        ("123456789", False),
        ("3234567893", False),
        ("12345678a3", False),
        ("", False),
    ],
)
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
        clinic.credentials.append(
            Credential(
                **{
                    column: getattr(good, column)
                    for column in (
                        "prescriber",
                        "license_number",
                        "license_state",
                        "license_expires",
                        "npi",
                        "rems_certified",
                        "status",
                        "verified_on",
                        "verified_by",
                        "verification_method",
                    )
                }
            )
        )
        session.add(clinic)
    with session_scope(engine) as session:
        assert [hit.clinic.ref for hit in nearest_clinics(session, *ATLANTA, 25, limit=5, policy=POLICY)] == [
            "two-credentials"
        ]


# ---------------------------------------------------------------- the staff list (filtered and paged in SQL)

FLAG_CASES = {
    **HIDDEN,
    "listed": {},
    "expiring-soon": dict(license_expires=TODAY + dt.timedelta(days=20)),
    "verification-due-soon": dict(verified_on=TODAY - dt.timedelta(days=350)),
    "spray-no-rems": dict(treatments=["esketamine"], rems_certified=False),
    "spray-rems": dict(treatments=["iv", "esketamine"]),
}


def test_staff_list_filters_in_sql_agree_with_the_python_rules(engine) -> None:
    with session_scope(engine) as session:
        for number, (ref, fields) in enumerate(FLAG_CASES.items()):
            session.add(make_clinic(ref, 33.7 + number / 100, -84.39, **fields))
        session.add(
            Clinic(
                ref="no-credential",
                name="Clinic no-credential",
                street="1 Example Ave",
                city="Atlanta",
                state="GA",
                zip="30301",
                latitude=33.7,
                longitude=-84.4,
                phone="(404) 555-0100",
                treatments=["iv"],
                languages=[],
            )
        )
    with session_scope(engine) as session:
        everything = clinic_page(session, POLICY, per_page=100).items
        hidden = {row.ref for row in clinic_page(session, POLICY, show="hidden", per_page=100).items}
        attention = {row.ref for row in clinic_page(session, POLICY, show="attention", per_page=100).items}
    assert hidden == {row.ref for row in everything if not row.listed}
    assert attention == {row.ref for row in everything if row.flags}
    assert hidden == set(HIDDEN) | {"spray-no-rems", "no-credential"}
    assert attention == hidden | {"expiring-soon", "verification-due-soon"}


def test_staff_list_page_two_of_sixty_loads_only_its_rows(engine) -> None:
    with session_scope(engine) as session:
        for number in range(1, 61):
            session.add(make_clinic(f"c{number:02d}", 33.7, -84.39))
    loaded: list[str] = []
    statements: list[str] = []

    def count_load(target: Clinic, _context) -> None:
        loaded.append(target.ref)

    def count_statement(_connection, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(Clinic, "load", count_load)
    event.listen(engine, "before_cursor_execute", count_statement)
    try:
        with session_scope(engine) as session:
            shown = clinic_page(session, POLICY, page=2, per_page=50)
    finally:
        event.remove(Clinic, "load", count_load)
        event.remove(engine, "before_cursor_execute", count_statement)
    assert (shown.total, shown.page, shown.pages) == (60, 2, 2)
    assert [row.ref for row in shown.items] == [f"c{number}" for number in range(51, 61)]
    assert sorted(loaded) == [f"c{number}" for number in range(51, 61)]
    assert len(statements) <= 3  # the count, the page, its credentials
    with session_scope(engine) as session:
        assert clinic_page(session, POLICY, page=99, per_page=50).page == 2  # past the end: the last page
        assert clinic_page(session, POLICY, search="C0", per_page=50).total == 9
        assert clinic_page(session, POLICY, search="%", per_page=50).total == 0  # LIKE characters match themselves


def test_one_clinic_comes_with_its_credentials_readable_after_the_session(engine) -> None:
    with session_scope(engine) as session:
        session.add(make_clinic("good", 33.75, -84.39))
    with session_scope(engine) as session:
        clinic_id = session.execute(select(Clinic.id)).scalar_one()
        clinic = clinic_with_credentials(session, clinic_id)
        assert clinic_with_credentials(session, clinic_id + 1) is None
    assert clinic is not None and clinic.ref == "good" and len(clinic.credentials) == 1
