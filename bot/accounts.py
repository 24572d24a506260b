"""Account administration and one's own password: the changes, their rules and their audit entries.

Administrators list, create, enable or disable accounts, change an account's role and make
set-password links; every account changes its own password, and a set-password link sets one.
Each change writes its audit entry in the caller's transaction, so the two are saved together
or not at all. Plain Python (no Flask); functions take the caller's session and never commit.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from bot import audit
from bot.auth import create_user, has_usable_password, set_password, verify_password
from bot.login_throttle import LoginThrottle
from bot.models import ROLES, Clinic, User, utcnow

log = logging.getLogger(__name__)

NOT_YOURSELF_DISABLE = "You cannot disable your own account. Ask another administrator."
NOT_YOURSELF_ROLE = "You cannot change your own role. Ask another administrator."
CLINIC_NEEDED = "A clinic account needs a clinic."
LINK_DISABLED = "This account is disabled. Enable it first, then make the link."
INVITE_INSTEAD = "This account has not set a password yet: make a new invitation link instead."
RESET_INSTEAD = "This account already has a password: make a password-reset link instead."


class AccountRefused(ValueError):
    """A change the rules forbid; ``str(error)`` says why, ``field`` names the form field it concerns."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PasswordChange(enum.Enum):
    """How an attempt to change one's own password ended."""

    CHANGED = "changed"
    WRONG_CURRENT = "wrong current password"
    SAME_AS_CURRENT = "new password equals the current one"
    CHANGED_MEANWHILE = "changed in another window meanwhile"


# ---------------------------------------------------------------- reading


def all_accounts(session: Session) -> Sequence[User]:
    """Every account with its clinic, by role and e-mail."""
    query = select(User).options(joinedload(User.clinic)).order_by(User.role, User.email)
    return session.execute(query).scalars().all()


def clinics_by_name(session: Session) -> Sequence[Clinic]:
    """Every clinic an account may belong to, by name."""
    return session.execute(select(Clinic).order_by(Clinic.name, Clinic.ref)).scalars().all()


def get_account(session: Session, user_id: int) -> User | None:
    """The account with its clinic, or None."""
    query = select(User).options(joinedload(User.clinic)).where(User.id == user_id)
    return session.execute(query).scalar_one_or_none()


def active_account(session: Session, user_id: int) -> User | None:
    """The account behind a login session, with its clinic; None once it is disabled or gone."""
    query = select(User).options(joinedload(User.clinic)).where(User.id == user_id, User.active.is_(True))
    return session.execute(query).scalar_one_or_none()


# ---------------------------------------------------------------- administrators' changes


def create_account(session: Session, actor_id: int, email: str, role: str, clinic_ref: str | None) -> User:
    """A new account waiting for its invitation link to be used (flushed); ValueError as :func:`create_user`."""
    user = create_user(session, email, None, role, clinic_ref)
    audit.record(
        session, actor_id, "user.create", "user", user.email, {"id": user.id, "role": role, "clinic": clinic_ref}
    )
    log.info("account id %s created %s account id %s", actor_id, role, user.id)
    return user


def check_link(user: User, purpose: str) -> None:
    """AccountRefused unless a set-password link of this purpose fits the account now.

    A disabled account gets no link; one without a password gets an invitation, one with a reset link.
    """
    if not user.active:
        raise AccountRefused(LINK_DISABLED)
    invited = not has_usable_password(user)
    if purpose != ("invitation" if invited else "reset"):
        raise AccountRefused(INVITE_INSTEAD if invited else RESET_INSTEAD)


def record_link(session: Session, actor_id: int, user: User, purpose: str, emailed: bool) -> None:
    """Audit that an administrator made (and maybe e-mailed) a set-password link for ``user``."""
    action = "user.invite" if purpose == "invitation" else "user.reset_link"
    audit.record(session, actor_id, action, "user", user.email, {"id": user.id, "emailed": emailed})
    log.info("account id %s made a %s link for account id %s", actor_id, purpose, user.id)


def unlock(session: Session, actor_id: int, user: User) -> bool:
    """Lift a login lock and clear the failure count; audited, True if there was something to lift."""
    if not LoginThrottle.unlock(user):
        return False
    audit.record(session, actor_id, "user.unlock", "user", user.email, {"id": user.id})
    return True


def set_active(session: Session, actor_id: int, user_id: int, active: bool) -> User | None:
    """Enable or disable an account (None if there is none); nobody disables themself (AccountRefused).

    Enabling also lifts a login lock: the administrator vouches for the account.
    """
    user = session.get(User, user_id)
    if user is None:
        return None
    if user.id == actor_id and not active:
        raise AccountRefused(NOT_YOURSELF_DISABLE)
    if user.active != active:
        user.active = active
        action = "user.enable" if active else "user.disable"
        audit.record(session, actor_id, action, "user", user.email, {"id": user.id, "role": user.role})
    if active:
        unlock(session, actor_id, user)
    log.info("account id %s %s account id %s", actor_id, "enabled" if active else "disabled", user.id)
    return user


def change_role(session: Session, actor_id: int, user: User, role: str, clinic_ref: str | None) -> bool:
    """Give ``user`` a role (and, for a clinic account, the clinic with ``clinic_ref``); True if it changed.

    AccountRefused for one's own account, or a clinic account without an existing clinic
    (``field`` "clinic"); ValueError for an unknown role.
    """
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}: choose one of {', '.join(ROLES)}.")
    if user.id == actor_id:
        raise AccountRefused(NOT_YOURSELF_ROLE)
    clinic = None
    if role == "clinic":
        clinic = session.execute(select(Clinic).where(Clinic.ref == clinic_ref)).scalar_one_or_none()
        if clinic is None:
            raise AccountRefused(CLINIC_NEEDED, field="clinic")
    before = (user.role, user.clinic.ref if user.clinic else None)
    user.role, user.clinic = role, clinic
    after = (role, clinic.ref if clinic else None)
    if after == before:
        return False
    audit.record(
        session,
        actor_id,
        "user.role",
        "user",
        user.email,
        {"id": user.id, "from": before[0], "to": after[0], "from_clinic": before[1], "to_clinic": after[1]},
    )
    log.info("account id %s set account id %s to %s", actor_id, user.id, role)
    return True


# ---------------------------------------------------------------- one's own password


def change_own_password(session: Session, user: User, current: str, new: str) -> PasswordChange:
    """Change ``user``'s password after checking the current one; audited when it changed.

    On CHANGED_MEANWHILE nothing was written (the caller rolls back and asks to log in again).
    """
    if not verify_password(user.password_hash, current):
        log.info("account id %s: wrong current password on the change-password form", user.id)
        return PasswordChange.WRONG_CURRENT
    if new == current:
        return PasswordChange.SAME_AS_CURRENT
    if not set_password(session, user, new):
        return PasswordChange.CHANGED_MEANWHILE
    audit.record(session, user.id, "user.password_change", "user", user.email, {"id": user.id})
    return PasswordChange.CHANGED


def set_password_with_link(session: Session, user: User, purpose: str, password: str) -> bool:
    """Set the password of an opened invitation or reset link; False if the link was used meanwhile.

    Using the link lifts a login lock and counts as a login; the audit entry says which link it was.
    """
    if not set_password(session, user, password):
        return False
    unlocked = LoginThrottle.unlock(user)
    user.last_login_at = utcnow()
    audit.record(
        session, user.id, "user.password_set", "user", user.email, {"id": user.id, "via": purpose, "unlocked": unlocked}
    )
    log.info("account id %s set its password with its %s link", user.id, purpose)
    return True
