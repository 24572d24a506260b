"""Account administration (admins only), plus the staff start page at /admin.

Admins create clinic and staff accounts with an initial password they pass on out of band,
change an account's role, and enable or disable accounts. A disabled account's open
sessions end at its next request; a role change applies from its next request. Every
change is written to the audit log.
"""
from __future__ import annotations

import logging

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload
from werkzeug.wrappers import Response
from wtforms import EmailField, HiddenField, PasswordField, SelectField
from wtforms.validators import AnyOf, InputRequired, Length

from bot import audit
from bot.auth import MAX_EMAIL_CHARS, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, create_user
from bot.login_throttle import LoginThrottle
from bot.models import Clinic, User, utcnow
from bot.web import get_db
from bot.web.admin import STAFF_ROLES
from bot.web.admin.overview import overview_page
from bot.web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("accounts", __name__, url_prefix="/admin")

ROLE_CHOICES = [
    ("clinic", "Clinic — sees its own inquiries"),
    ("editor", "Editor — writes knowledge-base drafts and submits them for review; unanswered questions, "
               "clinic directory"),
    ("reviewer", "Reviewer — what editors do, and reviews and publishes knowledge-base answers"),
    ("admin", "Administrator — everything, including accounts and the audit log"),
]
ROLE_LABELS = {"clinic": "Clinic", "editor": "Editor", "reviewer": "Reviewer", "admin": "Administrator"}


class NewAccountForm(FlaskForm):
    email = EmailField("E-mail", validators=[InputRequired("Enter the e-mail address."),
                                             Length(max=MAX_EMAIL_CHARS)],
                       render_kw={"autocomplete": "off", "spellcheck": "false"})
    role = SelectField("Role", choices=ROLE_CHOICES)
    clinic = SelectField("Clinic (for clinic accounts)", choices=[])
    password = PasswordField(
        "Initial password", validators=[
            InputRequired("Type an initial password."),
            Length(min=MIN_PASSWORD_CHARS, max=MAX_PASSWORD_CHARS,
                   message=f"The password must be at least {MIN_PASSWORD_CHARS} characters long."),
        ],
        description=f"At least {MIN_PASSWORD_CHARS} characters. Give it to the person over a different "
                    "channel than the e-mail address.",
        render_kw={"autocomplete": "new-password", "minlength": MIN_PASSWORD_CHARS})


class ActiveForm(FlaskForm):
    active = HiddenField(validators=[AnyOf(["0", "1"])])


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=ROLE_CHOICES)
    clinic = SelectField("Clinic (for clinic accounts)", choices=[])


def _clinic_choices() -> list[tuple[str, str]]:
    clinics = get_db().execute(select(Clinic).order_by(Clinic.name, Clinic.ref)).scalars().all()
    return [("", "— Not a clinic account —")] + [
        (clinic.ref, f"{clinic.name} ({clinic.city}, {clinic.state})") for clinic in clinics]


@blueprint.get("")
@role_required(*STAFF_ROLES)
def admin_home() -> str:
    """The staff start page: the overview, with links to the admin tools this account may use."""
    return overview_page()


@blueprint.get("/accounts")
@role_required("admin")
def accounts() -> str:
    """Every account with its role, clinic, state and last login."""
    users = get_db().execute(
        select(User).options(joinedload(User.clinic)).order_by(User.role, User.email)
    ).scalars().all()
    return render_template("accounts/list.html", users=users, labels=ROLE_LABELS, now=utcnow())


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
        user = create_user(db, form.email.data, form.password.data, form.role.data, clinic_ref)
        audit.record(db, current_user.id, "user.create", "user", user.email,
                     {"id": user.id, "role": user.role, "clinic": clinic_ref})
        db.commit()
    except ValueError as error:
        db.rollback()
        form.form_errors.append(str(error))
        return render_template("accounts/new.html", form=form), 400
    except IntegrityError:  # another admin created the same address a moment ago
        db.rollback()
        form.form_errors.append("An account with this e-mail address already exists.")
        return render_template("accounts/new.html", form=form), 400
    log.info("account id %s created %s account id %s", current_user.id, user.role, user.id)
    flash(f"Account created for {user.email}. Give them the initial password over a separate channel.",
          "success")
    return redirect(url_for("accounts.accounts"), 303)


@blueprint.post("/accounts/<int:user_id>/active")
@role_required("admin")
def set_active(user_id: int) -> Response:
    """Enable (active=1) or disable (active=0) an account; nobody can disable themself."""
    form = ActiveForm()
    if not form.validate_on_submit():
        abort(400, description="Say whether the account should be enabled or disabled.")
    db = get_db()
    user = db.get(User, user_id)
    if user is None:
        abort(404)
    active = form.active.data == "1"
    if user.id == current_user.id and not active:
        abort(400, description="You cannot disable your own account. Ask another administrator.")
    if user.active != active:
        user.active = active
        audit.record(db, current_user.id, "user.enable" if active else "user.disable", "user", user.email,
                     {"id": user.id, "role": user.role})
    if active and LoginThrottle.unlock(user):  # enabling also lifts a login lock: the admin vouches for it
        audit.record(db, current_user.id, "user.unlock", "user", user.email, {"id": user.id})
    db.commit()
    log.info("account id %s %s account id %s", current_user.id, "enabled" if active else "disabled", user.id)
    flash(f"{user.email} is now {'enabled' if active else 'disabled'}.", "success")
    return redirect(url_for("accounts.accounts"), 303)


@blueprint.route("/accounts/<int:user_id>/role", methods=["GET", "POST"])
@role_required("admin")
def change_role(user_id: int):
    """Make an account an administrator, a reviewer, an editor or a clinic account (of one clinic)."""
    db = get_db()
    user = db.execute(select(User).options(joinedload(User.clinic)).where(User.id == user_id)).scalar_one_or_none()
    if user is None:
        abort(404)
    form = RoleForm(role=user.role, clinic=user.clinic.ref if user.clinic else "")
    form.clinic.choices = _clinic_choices()
    if not form.validate_on_submit():
        return render_template("accounts/role.html", form=form, user=user, labels=ROLE_LABELS), \
            400 if form.is_submitted() else 200
    if user.id == current_user.id:
        form.form_errors.append("You cannot change your own role. Ask another administrator.")
        return render_template("accounts/role.html", form=form, user=user, labels=ROLE_LABELS), 400
    clinic = None
    if form.role.data == "clinic":
        clinic = db.execute(select(Clinic).where(Clinic.ref == form.clinic.data)).scalar_one_or_none()
        if clinic is None:
            form.clinic.errors = list(form.clinic.errors) + ["A clinic account needs a clinic."]
            return render_template("accounts/role.html", form=form, user=user, labels=ROLE_LABELS), 400
    before = (user.role, user.clinic.ref if user.clinic else None)
    user.role, user.clinic = form.role.data, clinic
    after = (user.role, clinic.ref if clinic else None)
    if after != before:
        audit.record(db, current_user.id, "user.role", "user", user.email,
                     {"id": user.id, "from": before[0], "to": after[0], "from_clinic": before[1],
                      "to_clinic": after[1]})
    db.commit()
    log.info("account id %s set account id %s to %s", current_user.id, user.id, user.role)
    flash(f"{user.email} is now {ROLE_LABELS[user.role].lower()}"
          f"{f' of {clinic.name}' if clinic else ''}." if after != before else "Nothing changed.",
          "success" if after != before else "info")
    return redirect(url_for("accounts.accounts"), 303)
