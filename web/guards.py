"""Who is logged in and what they may open.

The logged-in account is a small detached snapshot (:class:`LoggedInUser`), not the ORM row,
so views never touch a row from another request's session. Its session id carries a
fingerprint of the password hash: changing a password ends every other session.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import TypeVar

from flask import abort, current_app, flash, redirect, request, url_for
from flask_login import LoginManager, current_user

from bot.models import User

F = TypeVar("F", bound=Callable)


def _fingerprint(password_hash: str) -> str:
    """Keyed with the app's secret: the (readable, signed) cookie reveals nothing about the hash."""
    key = str(current_app.secret_key).encode("utf-8")
    return hmac.new(key, password_hash.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class LoggedInUser:
    """What the web app needs to know about the account behind a request (Flask-Login's user)."""

    id: int
    email: str
    role: str
    clinic_id: int | None
    clinic_ref: str | None
    clinic_name: str | None
    session_id: str

    is_authenticated = True
    is_active = True
    is_anonymous = False

    @classmethod
    def from_row(cls, user: User) -> LoggedInUser:
        clinic = user.clinic
        return cls(
            id=user.id,
            email=user.email,
            role=user.role,
            clinic_id=user.clinic_id,
            clinic_ref=clinic.ref if clinic else None,
            clinic_name=clinic.name if clinic else None,
            session_id=f"{user.id}:{_fingerprint(user.password_hash)}",
        )

    def get_id(self) -> str:
        """The value Flask-Login keeps in the session cookie."""
        return self.session_id


def session_id_matches(user: User, session_id: str) -> bool:
    """Whether a stored session id still belongs to this account's current password."""
    return hmac.compare_digest(session_id, f"{user.id}:{_fingerprint(user.password_hash)}")


def user_id_from_session_id(session_id: str) -> int | None:
    """The account id part of a session id, or None if it is malformed."""
    head, _, _ = (session_id or "").partition(":")
    return int(head) if head.isdigit() else None


def role_home(user: LoggedInUser) -> str:
    """Where an account lands after logging in: clinics see their inquiries, staff the admin area."""
    return url_for("portal.inquiries") if user.role == "clinic" else url_for("accounts.admin_home")


def role_required(*roles: str) -> Callable[[F], F]:
    """Anonymous visitors are sent to the login page (302); other roles get 403 Forbidden."""

    def decorator(view: F) -> F:
        @wraps(view)
        def guarded(*args, **kwargs):
            if not current_user.is_authenticated:
                manager: LoginManager = current_app.login_manager  # type: ignore[attr-defined]
                if request.method in ("GET", "HEAD"):
                    return manager.unauthorized()  # with ?next= so the login returns here
                # No ?next= for a POST: after logging in, a GET to a POST-only address would be a 405.
                flash(manager.login_message, manager.login_message_category)
                return redirect(url_for(manager.login_view))
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return guarded  # type: ignore[return-value]

    return decorator
