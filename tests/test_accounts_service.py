"""Account administration and password changes (bot.accounts) on real SQLite and PostgreSQL, without Flask.

Each change writes its audit entry in the caller's transaction; the rules (nobody disables or
re-roles themself, a clinic account needs a clinic, the right kind of link) hold here, not only in forms.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import accounts
from bot.auth import find_user, has_usable_password, set_password, verify_password
from bot.db import session_scope
from bot.models import AuditLog, User, utcnow
from tests.web_helpers import PASSWORD, _secrets, world  # noqa: F401 - fixtures are used by name

NEW_PASSWORD = "a brand new passphrase for tests"


@pytest.fixture
def ids(world: SimpleNamespace) -> SimpleNamespace:
    """Account ids of the world's administrator and clinic accounts."""
    with session_scope(world.engine) as session:
        by_email = dict(session.execute(select(User.email, User.id)).all())
    return SimpleNamespace(admin=by_email["admin@example.org"], one=by_email["one@c1.example"])


def _audit(session: Session) -> list[tuple]:
    rows = session.execute(select(AuditLog).order_by(AuditLog.id)).scalars()
    return [(row.user_id, row.action, row.object_ref, row.details) for row in rows]


def _user(session: Session, email: str) -> User:
    user = find_user(session, email)
    assert user is not None
    return user


def test_lists_accounts_by_role_and_clinics_by_name(world: SimpleNamespace, ids: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        listed = [
            (user.role, user.email, user.clinic.ref if user.clinic else None) for user in accounts.all_accounts(session)
        ]
        assert listed == [
            ("admin", "admin@example.org", None),
            ("clinic", "one@c1.example", "c1"),
            ("clinic", "two@c2.example", "c2"),
        ]
        assert [clinic.ref for clinic in accounts.clinics_by_name(session)] == ["c1", "c2"]
        found = accounts.get_account(session, ids.one)
        assert found is not None and found.clinic.ref == "c1"
        assert accounts.get_account(session, 999_999) is None


def test_creating_an_account_is_audited_and_bad_input_writes_nothing(
    world: SimpleNamespace, ids: SimpleNamespace
) -> None:
    with session_scope(world.engine) as session:
        user = accounts.create_account(session, ids.admin, "New@C1.example", "clinic", "c1")
        assert not has_usable_password(user)
        for email, role, clinic in (("not an address", "editor", None), ("x@c1.example", "clinic", None)):
            with pytest.raises(ValueError):
                accounts.create_account(session, ids.admin, email, role, clinic)
    with session_scope(world.engine) as session:
        created = _user(session, "new@c1.example")
        assert (created.role, created.clinic.ref) == ("clinic", "c1")
        assert _audit(session) == [
            (ids.admin, "user.create", "new@c1.example", {"id": created.id, "role": "clinic", "clinic": "c1"})
        ]


def test_links_fit_the_account_and_are_audited(world: SimpleNamespace, ids: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        invited = accounts.create_account(session, ids.admin, "invited@example.org", "editor", None)
        with_password = _user(session, "one@c1.example")
        accounts.check_link(invited, "invitation")
        accounts.check_link(with_password, "reset")
        with pytest.raises(accounts.AccountRefused, match="make a new invitation link instead"):
            accounts.check_link(invited, "reset")
        with pytest.raises(accounts.AccountRefused, match="make a password-reset link instead"):
            accounts.check_link(with_password, "invitation")
        with_password.active = False
        with pytest.raises(accounts.AccountRefused, match="disabled"):
            accounts.check_link(with_password, "reset")
        accounts.record_link(session, ids.admin, invited, "invitation", emailed=True)
        accounts.record_link(session, ids.admin, with_password, "reset", emailed=False)
    with session_scope(world.engine) as session:
        invited_id = _user(session, "invited@example.org").id
        assert _audit(session)[1:] == [
            (ids.admin, "user.invite", "invited@example.org", {"id": invited_id, "emailed": True}),
            (ids.admin, "user.reset_link", "one@c1.example", {"id": ids.one, "emailed": False}),
        ]


def test_disabling_and_enabling_are_audited_and_enabling_lifts_a_lock(
    world: SimpleNamespace, ids: SimpleNamespace
) -> None:
    with session_scope(world.engine) as session:
        with pytest.raises(accounts.AccountRefused, match="cannot disable your own account"):
            accounts.set_active(session, ids.admin, ids.admin, False)
        assert accounts.set_active(session, ids.admin, 999_999, False) is None
        disabled = accounts.set_active(session, ids.admin, ids.one, False)
        assert disabled is not None and not disabled.active
        disabled.failed_logins, disabled.locked_until = 5, utcnow() + dt.timedelta(minutes=15)
    with session_scope(world.engine) as session:
        accounts.set_active(session, ids.admin, ids.one, True)
        accounts.set_active(session, ids.admin, ids.one, True)  # already enabled, no lock: nothing to record
    with session_scope(world.engine) as session:
        user = _user(session, "one@c1.example")
        assert user.active and user.failed_logins == 0 and user.locked_until is None
        assert _audit(session) == [
            (ids.admin, "user.disable", "one@c1.example", {"id": ids.one, "role": "clinic"}),
            (ids.admin, "user.enable", "one@c1.example", {"id": ids.one, "role": "clinic"}),
            (ids.admin, "user.unlock", "one@c1.example", {"id": ids.one}),
        ]


def test_role_changes_follow_the_rules_and_are_audited(world: SimpleNamespace, ids: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        admin, one = _user(session, "admin@example.org"), _user(session, "one@c1.example")
        with pytest.raises(accounts.AccountRefused, match="cannot change your own role") as own:
            accounts.change_role(session, ids.admin, admin, "editor", None)
        assert own.value.field is None
        with pytest.raises(accounts.AccountRefused, match="needs a clinic") as missing:
            accounts.change_role(session, ids.admin, one, "clinic", "no-such-clinic")
        assert missing.value.field == "clinic"
        with pytest.raises(ValueError, match="Unknown role"):
            accounts.change_role(session, ids.admin, one, "owner", None)
        assert (one.role, one.clinic.ref) == ("clinic", "c1")
        assert accounts.change_role(session, ids.admin, one, "clinic", "c1") is False
        assert accounts.change_role(session, ids.admin, one, "clinic", "c2") is True
        assert accounts.change_role(session, ids.admin, one, "reviewer", "c2") is True  # staff have no clinic
    with session_scope(world.engine) as session:
        one = _user(session, "one@c1.example")
        assert (one.role, one.clinic) == ("reviewer", None)
        change = {"id": ids.one, "from": "clinic", "from_clinic": "c1"}
        assert _audit(session) == [
            (ids.admin, "user.role", "one@c1.example", {**change, "to": "clinic", "to_clinic": "c2"}),
            (
                ids.admin,
                "user.role",
                "one@c1.example",
                {**change, "from_clinic": "c2", "to": "reviewer", "to_clinic": None},
            ),
        ]


def test_changing_ones_own_password(world: SimpleNamespace, ids: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        user = _user(session, "one@c1.example")
        wrong = accounts.change_own_password(session, user, "not the password at all", NEW_PASSWORD)
        assert wrong is accounts.PasswordChange.WRONG_CURRENT
        same = accounts.change_own_password(session, user, PASSWORD, PASSWORD)
        assert same is accounts.PasswordChange.SAME_AS_CURRENT
        assert _audit(session) == []
        changed = accounts.change_own_password(session, user, PASSWORD, NEW_PASSWORD)
        assert changed is accounts.PasswordChange.CHANGED
    with session_scope(world.engine) as session:
        assert verify_password(_user(session, "one@c1.example").password_hash, NEW_PASSWORD)
        assert _audit(session) == [(ids.one, "user.password_change", "one@c1.example", {"id": ids.one})]


def test_a_password_changed_meanwhile_is_not_overwritten(world: SimpleNamespace, ids: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        stale = _user(session, "one@c1.example")  # read before the other window saves
        with session_scope(world.engine) as other_window:
            assert set_password(other_window, _user(other_window, "one@c1.example"), "changed in the other window")
        outcome = accounts.change_own_password(session, stale, PASSWORD, NEW_PASSWORD)
        assert outcome is accounts.PasswordChange.CHANGED_MEANWHILE
        assert _audit(session) == []
        session.rollback()
    with session_scope(world.engine) as session:
        assert verify_password(_user(session, "one@c1.example").password_hash, "changed in the other window")


def test_a_set_password_link_sets_the_password_once_unlocks_and_is_audited(
    world: SimpleNamespace, ids: SimpleNamespace
) -> None:
    with session_scope(world.engine) as session:
        user = _user(session, "one@c1.example")
        user.failed_logins, user.locked_until = 5, utcnow() + dt.timedelta(minutes=15)
    with session_scope(world.engine) as session:
        stale = _user(session, "one@c1.example")  # the same link opened in a second window
        with session_scope(world.engine) as first_window:
            user = _user(first_window, "one@c1.example")
            assert accounts.set_password_with_link(first_window, user, "reset", NEW_PASSWORD)
            assert user.failed_logins == 0 and user.locked_until is None and user.last_login_at is not None
        assert not accounts.set_password_with_link(session, stale, "reset", "yet another passphrase here")
        session.rollback()
    with session_scope(world.engine) as session:
        user = _user(session, "one@c1.example")
        assert verify_password(user.password_hash, NEW_PASSWORD) and user.locked_until is None
        assert _audit(session) == [
            (ids.one, "user.password_set", "one@c1.example", {"id": ids.one, "via": "reset", "unlocked": True})
        ]


def test_a_login_session_finds_only_an_active_account(world: SimpleNamespace, ids: SimpleNamespace) -> None:
    with session_scope(world.engine) as session:
        assert accounts.active_account(session, ids.one).clinic.ref == "c1"
        assert accounts.active_account(session, 10_000) is None
        accounts.set_active(session, ids.admin, ids.one, False)
    with session_scope(world.engine) as session:
        assert accounts.active_account(session, ids.one) is None
