"""Account administration (admins only), plus the staff start page at /admin.

Admins create clinic and staff accounts with an initial password they pass on out of band,
and enable or disable accounts. A disabled account's open sessions end at its next request.
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

from bot.auth import MAX_EMAIL_CHARS, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, create_user
from bot.models import Clinic, User
from bot.web import get_db
from bot.web.guards import role_required

log = logging.getLogger(__name__)
blueprint = Blueprint("accounts", __name__, url_prefix="/admin")

ROLE_CHOICES = [
    ("clinic", "Clinic — sees its own inquiries"),
    ("editor", "Editor — staff"),
    ("admin", "Administrator — manages accounts"),
]
ROLE_LABELS = {"clinic": "Clinic", "editor": "Editor", "admin": "Administrator"}


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


@blueprint.get("")
@role_required("admin", "editor")
def admin_home() -> str:
    """The staff start page: links to the admin tools this account may use."""
    return render_template("accounts/admin_home.html")


@blueprint.get("/accounts")
@role_required("admin")
def accounts() -> str:
    """Every account with its role, clinic, state and last login."""
    users = get_db().execute(
        select(User).options(joinedload(User.clinic)).order_by(User.role, User.email)
    ).scalars().all()
    return render_template("accounts/list.html", users=users, labels=ROLE_LABELS)


@blueprint.route("/accounts/new", methods=["GET", "POST"])
@role_required("admin")
def new_account():
    """Create a clinic or staff account; problems are shown next to the form (HTTP 400)."""
    db = get_db()
    form = NewAccountForm()
    clinics = db.execute(select(Clinic).order_by(Clinic.name, Clinic.ref)).scalars().all()
    form.clinic.choices = [("", "— Not a clinic account —")] + [
        (clinic.ref, f"{clinic.name} ({clinic.city}, {clinic.state})") for clinic in clinics]
    if not form.validate_on_submit():
        return render_template("accounts/new.html", form=form), 400 if form.is_submitted() else 200
    clinic_ref = form.clinic.data if form.role.data == "clinic" else None
    try:
        user = create_user(db, form.email.data, form.password.data, form.role.data, clinic_ref)
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
    user.active = active
    db.commit()
    log.info("account id %s %s account id %s", current_user.id, "enabled" if active else "disabled", user.id)
    flash(f"{user.email} is now {'enabled' if active else 'disabled'}.", "success")
    return redirect(url_for("accounts.accounts"), 303)
