"""Logging in and out.

A failed login says only "E-mail or password is incorrect." (HTTP 401), whatever the
reason (unknown address, wrong password, disabled or locked account), so the page cannot
be used to find out which addresses have accounts or which accounts are locked.
"""
from __future__ import annotations

import logging
from typing import Optional
from urllib.parse import urlsplit

from flask import Blueprint, Flask, current_app, flash, redirect, render_template, request, session, url_for
from flask_limiter import Limiter
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import EmailField, PasswordField
from wtforms.validators import InputRequired, Length

from bot.auth import MAX_EMAIL_CHARS, MAX_PASSWORD_CHARS, authenticate
from bot.login_throttle import LoginThrottle
from bot.web import get_db, start_session
from bot.web.guards import LoggedInUser, role_home

log = logging.getLogger(__name__)
blueprint = Blueprint("auth", __name__)

LOGIN_FAILED = "E-mail or password is incorrect."
# Per client address: slows password guessing without locking real users out of their account.
# Only unsuccessful POSTs count, so a clinic's staff logging in from one office address are not blocked.
# Many addresses against one account are stopped by the per-account lock (bot/login_throttle.py).
LOGIN_RATE_LIMITS = "5 per minute;30 per hour"


class LoginForm(FlaskForm):
    email = EmailField("E-mail", validators=[InputRequired("Enter your e-mail address."),
                                             Length(max=MAX_EMAIL_CHARS)],
                       render_kw={"autocomplete": "username", "spellcheck": "false"})
    password = PasswordField("Password", validators=[InputRequired("Enter your password."),
                                                     Length(max=MAX_PASSWORD_CHARS)],
                             render_kw={"autocomplete": "current-password"})


def apply_rate_limits(app: Flask, limiter: Limiter) -> None:
    """Rate-limit login attempts (POST only) with this app's own limiter and storage."""
    app.view_functions["auth.login"] = limiter.limit(
        LOGIN_RATE_LIMITS, methods=["POST"], deduct_when=_not_logged_in,
    )(app.view_functions["auth.login"])


def _throttle() -> LoginThrottle:
    """The per-account lock with this app's settings."""
    settings = current_app.extensions["bot_settings"]
    return LoginThrottle(max_failures=settings.login_max_failures, lock_minutes=settings.login_lock_minutes)


def _not_logged_in(response: Response) -> bool:
    """A login POST counts against the limit unless it succeeded (the redirect to the home page)."""
    return response.status_code != 303


def safe_next(target: Optional[str]) -> Optional[str]:
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
