"""Web-app accounts: Argon2 password hashing, account creation and login checks.

Plain Python (no Flask) so the same rules serve the web app, scripts and tests.
Functions take the caller's session and never commit: the caller owns the transaction.
"""

from __future__ import annotations

import logging
import secrets
from functools import lru_cache

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.config import load_settings
from bot.login_throttle import LoginThrottle
from bot.models import ROLES, Clinic, User, utcnow
from bot.rules import MAX_EMAIL_CHARS  # noqa: F401 (forms import the limit from here)
from bot.rules import normalise_email as _valid_email
from bot.secrets import secrets_required

log = logging.getLogger(__name__)

MIN_PASSWORD_CHARS = 12
# Long enough for any passphrase, short enough that hashing it is not a denial-of-service lever.
MAX_PASSWORD_CHARS = 1000
# An invited account's stored "hash" until its owner sets a password: no password verifies
# against it, and the random part makes it unique, so a set-password link made for it stops
# working once a password is set (bot/account_links.py fingerprints the stored hash).
UNUSABLE_PASSWORD_PREFIX = "!"


# Parameter profiles production may use; the test suite sets PASSWORD_HASH_PROFILE=CHEAPEST
# (argon2-cffi's profile for tests) so that hundreds of logins do not each cost 0.1 s of CPU.
PRODUCTION_PROFILES = ("RFC_9106_LOW_MEMORY", "RFC_9106_HIGH_MEMORY")


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    """Argon2id with a named argon2-cffi profile (default RFC 9106 low-memory, the library's own)."""
    name = load_settings().password_hash_profile
    if name not in PRODUCTION_PROFILES and (secrets_required() or not hasattr(profiles, name)):
        raise ValueError(f"PASSWORD_HASH_PROFILE={name!r}: production uses one of {', '.join(PRODUCTION_PROFILES)}")
    return PasswordHasher.from_parameters(getattr(profiles, name))


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A real hash to verify against for unknown e-mails, so they cost as much time as known ones."""
    return _hasher().hash("not a real password: timing equaliser")


def hash_password(password: str) -> str:
    """An Argon2id hash (salted, self-describing) of ``password``."""
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash``; a malformed hash is simply a mismatch."""
    try:
        return _hasher().verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    except (TypeError, ValueError):  # not a string, or not an Argon2 hash at all
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than today's (or cannot be read)."""
    try:
        return _hasher().check_needs_rehash(password_hash)
    except (InvalidHashError, VerificationError, TypeError, ValueError):
        return True


def unusable_password_hash() -> str:
    """A stored value no password matches (an account waiting for its invitation to be used)."""
    return UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(32)


def has_usable_password(user: User) -> bool:
    """Whether the account has a password yet (False until its invitation link is used)."""
    return not user.password_hash.startswith(UNUSABLE_PASSWORD_PREFIX)


def set_password(session: Session, user: User, password: str) -> bool:
    """Give ``user`` a new password under the usual rules (ValueError otherwise); the caller commits.

    False, and nothing changed, if the password was changed since ``user`` was read: of two
    requests using one set-password link at the same moment, only one succeeds. The stored
    hash changes, so the account's other sessions and every set-password link of it end.
    """
    new_hash = hash_password(validate_password(password))
    result = session.execute(
        update(User)
        .where(User.id == user.id, User.password_hash == user.password_hash)
        .values(password_hash=new_hash)
        .execution_options(synchronize_session=False)
    )
    session.expire(user, ["password_hash"])
    if result.rowcount != 1:
        log.info("password of account id %s changed meanwhile; not set again", user.id)
        return False
    log.info("new password set for account id %s", user.id)
    return True


def normalise_email(email: str) -> str:
    """The key an account is looked up by: the address as :mod:`bot.rules` normalises it, or
    just trimmed and lowercased when it is not a valid address (so a login never errors)."""
    return _valid_email(email) or (email or "").strip().lower()


def validate_email(email: str) -> str:
    """The normalised address, or ValueError saying what is wrong with it."""
    normalised = _valid_email(email)
    if not normalised:
        raise ValueError("Enter a valid e-mail address, like name@clinic.example.")
    return normalised


def validate_password(password: str) -> str:
    """The password itself, or ValueError if it is too short or absurdly long."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_CHARS:
        raise ValueError(f"The password must be at least {MIN_PASSWORD_CHARS} characters long.")
    if len(password) > MAX_PASSWORD_CHARS:
        raise ValueError(f"The password must be at most {MAX_PASSWORD_CHARS} characters long.")
    return password


def find_user(session: Session, email: str) -> User | None:
    """The account with this e-mail (any case), active or not."""
    return session.execute(select(User).where(User.email == normalise_email(email))).scalar_one_or_none()


def create_user(session: Session, email: str, password: str | None, role: str, clinic_ref: str | None = None) -> User:
    """Add a new account (flushed, not committed); ValueError with a message a person can act on.

    With ``password`` None the account has no usable password until its owner sets one
    through an invitation link (the web app never has an administrator choose it).
    """
    address = validate_email(email)
    if password is not None:
        validate_password(password)
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}: choose one of {', '.join(ROLES)}.")
    clinic = None
    if role == "clinic":
        if not clinic_ref:
            raise ValueError("A clinic account needs a clinic.")
        clinic = session.execute(select(Clinic).where(Clinic.ref == clinic_ref)).scalar_one_or_none()
        if clinic is None:
            raise ValueError(f"There is no clinic with the reference {clinic_ref!r}.")
    elif clinic_ref:
        raise ValueError("Only clinic accounts belong to a clinic; leave the clinic empty for staff.")
    if find_user(session, address) is not None:
        raise ValueError("An account with this e-mail address already exists.")
    stored = unusable_password_hash() if password is None else hash_password(password)
    user = User(email=address, password_hash=stored, role=role, clinic=clinic, active=True)
    session.add(user)
    session.flush()
    log.info("created %s account %s (id %s)", role, address, user.id)
    return user


def authenticate(session: Session, email: str, password: str, throttle: LoginThrottle | None = None) -> User | None:
    """The active account these credentials open, else None (the reason is deliberately not told).

    Unknown e-mails are verified against a dummy hash, and a locked account's password is
    verified too, so response time reveals neither which addresses have accounts nor which
    are locked. With a ``throttle``, a wrong password counts towards the account's lock and a
    locked account is refused even with the right password. On success the hash is upgraded
    if its parameters are outdated, the failure count cleared and ``last_login_at`` set; the
    caller commits, after failures too (they are counted in the database).
    """
    text = password if isinstance(password, str) else ""
    user = find_user(session, email) if isinstance(email, str) else None
    if user is None:
        verify_password(_dummy_hash(), text)
        return None
    if not has_usable_password(user):  # invited, password not set yet: costs the same as a wrong password
        verify_password(_dummy_hash(), text)
        matches = False
    else:
        matches = verify_password(user.password_hash, text) and isinstance(password, str)
    if throttle is not None and throttle.is_locked(user):
        log.info("login refused for locked account id %s", user.id)
        return None
    if not matches:
        if throttle is not None:
            throttle.record_failure(session, user)
        return None
    if not user.active:
        log.info("login refused for disabled account id %s", user.id)
        return None
    if throttle is not None:
        throttle.record_success(user)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        log.info("upgraded the password hash of account id %s", user.id)
    user.last_login_at = utcnow()
    return user
