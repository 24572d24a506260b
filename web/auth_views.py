"""Logging in and out, changing one's own password, and set-password links.

A failed login says only "E-mail or password is incorrect." (HTTP 401), whatever the
reason (unknown address, wrong password, disabled or locked account), so the page cannot
be used to find out which addresses have accounts or which accounts are locked.

Every account changes its own password at /account/password (the current one is asked
for, so an unattended open session cannot be taken over); the account's other sessions end.
The set-password page of an invitation or reset link (:mod:`bot.account_links`) is public:
the signed link is the proof. Using it sets the password, lifts a login lock and logs in.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from flask import Blueprint, Flask, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_limiter import Limiter
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import EmailField, Field, Form, PasswordField
from wtforms.validators import EqualTo, InputRequired, Length, ValidationError

from bot.account_links import USED, LinkRefused, open_link
from bot.accounts import PasswordChange, change_own_password, get_account
from bot.accounts import set_password_with_link as use_link
from bot.auth import MAX_EMAIL_CHARS, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, authenticate, validate_password
from bot.login_throttle import LoginThrottle
from bot.models import ROLES, User
from web import get_db, start_session
from web.guards import LoggedInUser, role_home, role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("auth", __name__)

LOGIN_FAILED = "E-mail or password is incorrect."
# Per client address: slows password guessing without locking real users out of their account.
# Only unsuccessful POSTs count, so a clinic's staff logging in from one office address are not blocked.
# Many addresses against one account are stopped by the per-account lock (bot/login_throttle.py).
LOGIN_RATE_LIMITS = "5 per minute;30 per hour"


class LoginForm(FlaskForm):
    email = EmailField(
        "E-mail",
        validators=[InputRequired("Enter your e-mail address."), Length(max=MAX_EMAIL_CHARS)],
        render_kw={"autocomplete": "username", "spellcheck": "false"},
    )
    password = PasswordField(
        "Password",
        validators=[InputRequired("Enter your password."), Length(max=MAX_PASSWORD_CHARS)],
        render_kw={"autocomplete": "current-password"},
    )


def _password_rules(_form: Form, field: Field) -> None:
    """The rules of bot.auth, so the form and the command line can never disagree."""
    try:
        validate_password(field.data or "")
    except ValueError as error:
        raise ValidationError(str(error)) from error


class SetPasswordForm(FlaskForm):
    new_password = PasswordField(
        "New password",
        validators=[InputRequired("Type your new password."), _password_rules],
        description=f"At least {MIN_PASSWORD_CHARS} characters. A few unrelated words make a strong "
        "password that is easy to remember.",
        render_kw={"autocomplete": "new-password", "minlength": MIN_PASSWORD_CHARS},
    )
    confirm = PasswordField(
        "New password again",
        validators=[
            InputRequired("Type the new password a second time."),
            EqualTo("new_password", "The two new passwords are not the same."),
        ],
        render_kw={"autocomplete": "new-password"},
    )


class ChangePasswordForm(SetPasswordForm):
    current_password = PasswordField(
        "Current password",
        validators=[InputRequired("Type your current password."), Length(max=MAX_PASSWORD_CHARS)],
        render_kw={"autocomplete": "current-password"},
    )


def apply_rate_limits(app: Flask, limiter: Limiter) -> None:
    """Rate-limit password guesses (login, and the current password when changing it) with this app's limiter."""
    # Flask-Limiter types the decorated view as possibly async, which Flask's view_functions annotation excludes.
    app.view_functions["auth.login"] = limiter.limit(  # type: ignore[assignment]
        LOGIN_RATE_LIMITS,
        methods=["POST"],
        deduct_when=_not_logged_in,
    )(app.view_functions["auth.login"])
    app.view_functions["auth.change_password"] = limiter.limit(  # type: ignore[assignment]
        LOGIN_RATE_LIMITS,
        methods=["POST"],
        deduct_when=_wrong_password,
    )(app.view_functions["auth.change_password"])


def _throttle() -> LoginThrottle:
    """The per-account lock with this app's settings."""
    settings = current_app.extensions["bot_settings"]
    return LoginThrottle(max_failures=settings.login_max_failures, lock_minutes=settings.login_lock_minutes)


def _not_logged_in(response: Response) -> bool:
    """A login POST counts against the limit unless it succeeded (the redirect to the home page)."""
    return response.status_code != 303


def _wrong_password(response: Response) -> bool:
    """A change-password POST counts only when the current password was wrong (401), not for a typo
    in the new one."""
    return response.status_code == 401


def safe_next(target: str | None) -> str | None:
    """``target`` if it is a path on this site (not ``//evil.example`` or ``https://…``), else None."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    if any(ord(char) < 32 or ord(char) == 127 for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


@blueprint.get("/start")
def index() -> Response:
    """Staff's start: the login page, or the account's own start page once logged in (``/`` is the demo page)."""
    if current_user.is_authenticated:
        return redirect(role_home(current_user))
    return redirect(url_for("auth.login"))


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    """Show the login form; on valid credentials start an 8-hour session."""
    if request.method == "GET" and current_user.is_authenticated:
        return redirect(role_home(current_user))
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("auth/login.html", form=form), 400 if form.is_submitted() else 200
    db = get_db()
    user = authenticate(db, form.email.data, form.password.data, _throttle())
    db.commit()  # the failure count, or last_login_at and any upgraded hash
    if user is None:
        log.info("failed login from %s", request.remote_addr)
        return render_template("auth/login.html", form=form, error=LOGIN_FAILED), 401
    account = LoggedInUser.from_row(user)
    session.clear()  # nothing from before the login survives into the logged-in session
    login_user(account)
    start_session()
    log.info("account id %s (%s) logged in", account.id, account.role)
    return redirect(safe_next(request.args.get("next")) or role_home(account), 303)


@blueprint.post("/logout")
def logout() -> Response:
    """End the session (POST with a CSRF token only, so no link or image can log anyone out)."""
    if current_user.is_authenticated:
        log.info("account id %s logged out", current_user.id)
    logout_user()
    session.clear()
    flash("You have logged out.", "info")
    return redirect(url_for("auth.login"), 303)


def _account(user_id: int) -> User:
    """The account row of a logged-in user, with its clinic (for the session snapshot)."""
    user = get_account(get_db(), user_id)
    if user is None:
        abort(404)
    return user


@blueprint.route("/account/password", methods=["GET", "POST"])
@role_required(*ROLES)
def change_password():
    """Change one's own password; this session continues, the account's other sessions end."""
    form = ChangePasswordForm()
    if not form.validate_on_submit():
        return render_template("auth/password.html", form=form), 400 if form.is_submitted() else 200
    db = get_db()
    user = _account(current_user.id)
    outcome = change_own_password(db, user, form.current_password.data, form.new_password.data)
    if outcome is PasswordChange.WRONG_CURRENT:
        form.current_password.errors = ["Your current password is not correct."]
        return render_template("auth/password.html", form=form), 401
    if outcome is PasswordChange.SAME_AS_CURRENT:
        form.new_password.errors = ["Choose a new password that differs from the current one."]
        return render_template("auth/password.html", form=form), 400
    if outcome is PasswordChange.CHANGED_MEANWHILE:
        db.rollback()
        form.form_errors.append("Your password was changed in another window meanwhile. Log in again.")
        return render_template("auth/password.html", form=form), 409
    db.commit()
    login_user(LoggedInUser.from_row(user))  # the session id carries the new password's fingerprint
    flash("Your password has been changed. Any other sessions of your account have been logged out.", "success")
    return redirect(role_home(current_user), 303)


@blueprint.route("/account/set-password/<token>", methods=["GET", "POST"], endpoint="set_password")
def set_password_with_link(token: str):
    """Choose a password with an invitation or reset link; afterwards the account is logged in."""
    db = get_db()
    secret = str(current_app.secret_key)
    try:
        user, purpose = open_link(db, secret, token, current_app.extensions["bot_settings"])
    except LinkRefused as refused:
        log.info("set-password link refused: %s", refused)
        return render_template("auth/set_password.html", problem=str(refused)), 400
    form = SetPasswordForm()
    if not form.validate_on_submit():
        return render_template(
            "auth/set_password.html", form=form, user=user, purpose=purpose
        ), 400 if form.is_submitted() else 200
    if not use_link(db, user, purpose, form.new_password.data):  # used in another window just now
        db.rollback()
        return render_template("auth/set_password.html", problem=USED), 400
    db.commit()
    account = LoggedInUser.from_row(_account(user.id))
    session.clear()
    login_user(account)
    start_session()
    flash(
        "Your password is set and you are logged in. Use your e-mail address and this password from now on.", "success"
    )
    return redirect(role_home(account), 303)
