"""Account administration (admins only), plus the staff start page at /admin.

Admins create clinic and staff accounts, change an account's role, and enable or disable
accounts. Nobody chooses a password for someone else: a new account gets an invitation link
and an account whose owner forgot their password a reset link (:mod:`bot.account_links`),
shown once to the admin and e-mailed when SMTP is configured. A disabled account's open
sessions end at its next request; a role change applies from its next request. Every
change is written to the audit log.
"""

from __future__ import annotations

import logging

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response
from wtforms import EmailField, HiddenField, SelectField
from wtforms.validators import AnyOf, InputRequired, Length

from bot import accounts as service
from bot.account_links import PURPOSES, make_link, send_link
from bot.auth import MAX_EMAIL_CHARS, has_usable_password
from bot.models import User, utcnow
from web import get_db
from web.admin import STAFF_ROLES
from web.admin.overview import overview_page
from web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("accounts", __name__, url_prefix="/admin")

ROLE_CHOICES = [
    ("clinic", "Clinic — sees its own inquiries"),
    (
        "editor",
        "Editor — writes knowledge-base drafts and submits them for review; unanswered questions, clinic directory",
    ),
    ("reviewer", "Reviewer — what editors do, and reviews and publishes knowledge-base answers"),
    ("admin", "Administrator — everything, including accounts and the audit log"),
]
ROLE_LABELS = {"clinic": "Clinic", "editor": "Editor", "reviewer": "Reviewer", "admin": "Administrator"}


class NewAccountForm(FlaskForm):
    email = EmailField(
        "E-mail",
        validators=[InputRequired("Enter the e-mail address."), Length(max=MAX_EMAIL_CHARS)],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )
    role = SelectField("Role", choices=ROLE_CHOICES)
    clinic = SelectField("Clinic (for clinic accounts)", choices=[])


class ActiveForm(FlaskForm):
    active = HiddenField(validators=[AnyOf(["0", "1"])])


class LinkForm(FlaskForm):
    purpose = HiddenField(validators=[AnyOf(PURPOSES)])


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=ROLE_CHOICES)
    clinic = SelectField("Clinic (for clinic accounts)", choices=[])


def _clinic_choices() -> list[tuple[str, str]]:
    return [("", "— Not a clinic account —")] + [
        (clinic.ref, f"{clinic.name} ({clinic.city}, {clinic.state})") for clinic in service.clinics_by_name(get_db())
    ]


@blueprint.get("")
@role_required(*STAFF_ROLES)
def admin_home() -> str:
    """The staff start page: the overview, with links to the admin tools this account may use."""
    return overview_page()


@blueprint.get("/accounts")
@role_required("admin")
def accounts() -> str:
    """Every account with its role, clinic, state and last login."""
    users = service.all_accounts(get_db())
    invited = {user.id for user in users if not has_usable_password(user)}
    return render_template("accounts/list.html", users=users, labels=ROLE_LABELS, now=utcnow(), invited=invited)


@blueprint.route("/accounts/new", methods=["GET", "POST"])
@role_required("admin")
def new_account():
    """Create a clinic or staff account; problems are shown next to the form (HTTP 400)."""
    db = get_db()
    form = NewAccountForm()
    form.clinic.choices = _clinic_choices()
    if not form.validate_on_submit():
        return render_template("accounts/new.html", form=form), 400 if form.is_submitted() else 200
    clinic_ref = form.clinic.data if form.role.data == "clinic" else None
    try:
        user = service.create_account(db, current_user.id, form.email.data, form.role.data, clinic_ref)
        db.commit()
    except ValueError as error:
        db.rollback()
        form.form_errors.append(str(error))
        return render_template("accounts/new.html", form=form), 400
    except IntegrityError:  # another admin created the same address a moment ago
        db.rollback()
        form.form_errors.append("An account with this e-mail address already exists.")
        return render_template("accounts/new.html", form=form), 400
    return render_template("accounts/link.html", created=True, **_hand_out_link(user, "invitation"))


@blueprint.post("/accounts/<int:user_id>/link")
@role_required("admin")
def password_link(user_id: int):
    """A new invitation link (no password set yet) or password-reset link for an account, shown once."""
    form = LinkForm()
    if not form.validate_on_submit():
        abort(400, description="Say which kind of link to make.")
    db = get_db()
    user = _account_or_404(user_id)
    try:
        service.check_link(user, form.purpose.data)
    except service.AccountRefused as refused:
        abort(400, description=str(refused))
    page = _hand_out_link(user, form.purpose.data)
    service.record_link(db, current_user.id, user, form.purpose.data, page["emailed"])
    db.commit()
    return render_template("accounts/link.html", created=False, **page)


def _account_or_404(user_id: int) -> User:
    user = service.get_account(get_db(), user_id)
    if user is None:
        abort(404)
    return user


def _hand_out_link(user: User, purpose: str) -> dict:
    """Make the link, e-mail it if SMTP is set up, and say what happened (for accounts/link.html)."""
    settings = current_app.extensions["bot_settings"]
    link = make_link(str(current_app.secret_key), user, purpose, settings)
    url = settings.public_url + url_for("auth.set_password", token=link.token)
    problem = send_link(user, url, link, settings)
    return {
        "user": user,
        "link": link,
        "url": url,
        "emailed": problem is None,
        "mail_problem": problem,
        "mail_configured": bool(settings.smtp_host),
    }


@blueprint.post("/accounts/<int:user_id>/active")
@role_required("admin")
def set_active(user_id: int) -> Response:
    """Enable (active=1) or disable (active=0) an account; nobody can disable themself."""
    form = ActiveForm()
    if not form.validate_on_submit():
        abort(400, description="Say whether the account should be enabled or disabled.")
    db = get_db()
    active = form.active.data == "1"
    try:
        user = service.set_active(db, current_user.id, user_id, active)
    except service.AccountRefused as refused:
        abort(400, description=str(refused))
    if user is None:
        abort(404)
    db.commit()
    flash(f"{user.email} is now {'enabled' if active else 'disabled'}.", "success")
    return redirect(url_for("accounts.accounts"), 303)


@blueprint.route("/accounts/<int:user_id>/role", methods=["GET", "POST"])
@role_required("admin")
def change_role(user_id: int):
    """Make an account an administrator, a reviewer, an editor or a clinic account (of one clinic)."""
    db = get_db()
    user = _account_or_404(user_id)
    form = RoleForm(role=user.role, clinic=user.clinic.ref if user.clinic else "")
    form.clinic.choices = _clinic_choices()
    if not form.validate_on_submit():
        return render_template(
            "accounts/role.html", form=form, user=user, labels=ROLE_LABELS
        ), 400 if form.is_submitted() else 200
    try:
        changed = service.change_role(db, current_user.id, user, form.role.data, form.clinic.data or None)
    except service.AccountRefused as refused:
        if refused.field == "clinic":
            form.clinic.errors = list(form.clinic.errors) + [str(refused)]
        else:
            form.form_errors.append(str(refused))
        return render_template("accounts/role.html", form=form, user=user, labels=ROLE_LABELS), 400
    db.commit()
    clinic = user.clinic
    flash(
        f"{user.email} is now {ROLE_LABELS[user.role].lower()}{f' of {clinic.name}' if clinic else ''}."
        if changed
        else "Nothing changed.",
        "success" if changed else "info",
    )
    return redirect(url_for("accounts.accounts"), 303)
