"""Forms of the clinic-directory pages.

WTForms handles the shape (CSRF, dates, choices, the upload); the directory rules (ZIP,
phone, NPI check digit, treatments…) are applied by :mod:`bot.directory.editing`, which
uses the CSV importer's own validators.
"""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    HiddenField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
    URLField,
)
from wtforms.validators import AnyOf, InputRequired, Length
from wtforms.validators import Optional as Blank
from wtforms.widgets import CheckboxInput, ListWidget

from bot.directory.csv_io import US_STATES
from bot.models import LICENSE_STATUSES, TREATMENTS, Clinic, Credential

STATE_CHOICES = [("", "— Choose —")] + [(code, code) for code in sorted(US_STATES)]


class CheckboxesField(SelectMultipleField):
    """Several choices as checkboxes (usable without a mouse or a multi-select)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _text(value: str | None) -> str:
    return (value or "").strip()


class ClinicForm(FlaskForm):
    ref = StringField(
        "Reference",
        validators=[Length(max=64)],
        description="Lowercase letters, digits and hyphens, for example atlanta-mind-care. "
        "It is the key in CSV files and cannot be changed later.",
        render_kw={"spellcheck": "false", "autocomplete": "off"},
    )
    name = StringField("Name", validators=[Length(max=200)])
    street = StringField("Street address", validators=[Length(max=200)])
    city = StringField("City", validators=[Length(max=100)])
    state = SelectField("State", choices=STATE_CHOICES)
    zip = StringField("ZIP code", validators=[Length(max=10)], render_kw={"inputmode": "numeric"})
    latitude = StringField(
        "Latitude",
        description="Decimal degrees, for example 33.7490. Leave latitude and "
        "longitude empty to take them from the ZIP code or city.",
        validators=[Length(max=20)],
        render_kw={"inputmode": "decimal"},
    )
    longitude = StringField(
        "Longitude",
        description="Decimal degrees, for example -84.3880.",
        validators=[Length(max=20)],
        render_kw={"inputmode": "decimal"},
    )
    phone = TelField("Phone", validators=[Length(max=40)])
    website = URLField("Website (optional)", validators=[Length(max=300)])
    email = EmailField("E-mail for inquiries (optional)", validators=[Length(max=254)])
    treatments = CheckboxesField("Treatments offered", choices=list(TREATMENTS.items()))
    accepts_insurance = BooleanField("Accepts insurance")
    insurance_notes = TextAreaField("Insurance notes (optional)", validators=[Length(max=2000)], render_kw={"rows": 3})
    telehealth = BooleanField("Offers telehealth")
    languages = StringField(
        "Languages (optional)", description="Separated by semicolons: English; Spanish.", validators=[Length(max=500)]
    )
    notes = TextAreaField("Notes (optional)", validators=[Length(max=4000)], render_kw={"rows": 3})
    version = HiddenField()

    def fill(self, clinic: Clinic) -> None:
        for name in (
            "ref",
            "name",
            "street",
            "city",
            "state",
            "zip",
            "phone",
            "website",
            "email",
            "accepts_insurance",
            "insurance_notes",
            "telehealth",
            "notes",
        ):
            getattr(self, name).data = getattr(clinic, name)
        self.latitude.data, self.longitude.data = f"{clinic.latitude:.5f}", f"{clinic.longitude:.5f}"
        self.treatments.data = list(clinic.treatments or [])
        self.languages.data = "; ".join(clinic.languages or [])
        self.version.data = str(clinic.version)

    def values(self) -> dict[str, Any]:
        """What was typed, in the shape the directory rules check."""
        return {
            "ref": _text(self.ref.data),
            "name": _text(self.name.data),
            "street": _text(self.street.data),
            "city": _text(self.city.data),
            "state": self.state.data,
            "zip": _text(self.zip.data),
            "latitude": _text(self.latitude.data),
            "longitude": _text(self.longitude.data),
            "phone": _text(self.phone.data),
            "website": _text(self.website.data),
            "email": _text(self.email.data),
            "treatments": list(self.treatments.data or []),
            "accepts_insurance": bool(self.accepts_insurance.data),
            "insurance_notes": _text(self.insurance_notes.data),
            "telehealth": bool(self.telehealth.data),
            "languages": _text(self.languages.data),
            "notes": _text(self.notes.data),
        }

    def expected_version(self) -> int | None:
        data = self.version.data or ""
        return int(data) if data.isdigit() else None


class CredentialForm(FlaskForm):
    prescriber = StringField(
        "Responsible prescriber",
        validators=[Length(max=200)],
        description="Name and degree, for example Dr. Ana Ruiz, MD.",
    )
    license_number = StringField("License number", validators=[Length(max=64)])
    license_state = SelectField("State that issued the license", choices=STATE_CHOICES)
    license_expires = DateField("License expires on", validators=[InputRequired("Enter the expiry date.")])
    npi = StringField(
        "NPI",
        description="The 10-digit National Provider Identifier.",
        validators=[Length(max=10)],
        render_kw={"inputmode": "numeric", "autocomplete": "off"},
    )
    rems_certified = BooleanField("SPRAVATO REMS-certified")
    status = SelectField(
        "License status",
        choices=[(status, status.capitalize()) for status in LICENSE_STATUSES],
        validators=[AnyOf(list(LICENSE_STATUSES))],
    )
    verified_on = DateField("Last verified on (optional)", validators=[Blank()])
    verified_by = StringField("Verified by (optional)", validators=[Length(max=200)])
    verification_method = StringField(
        "How it was verified (optional)",
        validators=[Length(max=200)],
        description="For example: state medical board website.",
    )

    def fill(self, credential: Credential) -> None:
        for name in (
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
        ):
            getattr(self, name).data = getattr(credential, name)

    def values(self) -> dict[str, Any]:
        return {
            "prescriber": _text(self.prescriber.data),
            "license_number": _text(self.license_number.data),
            "license_state": self.license_state.data,
            "license_expires": self.license_expires.data,
            "npi": _text(self.npi.data),
            "rems_certified": bool(self.rems_certified.data),
            "status": self.status.data,
            "verified_on": self.verified_on.data,
            "verified_by": _text(self.verified_by.data),
            "verification_method": _text(self.verification_method.data),
        }


class VerifyForm(FlaskForm):
    """Record that a license was checked; one per credential on a page (``prefix`` keeps ids unique)."""

    verified_on = DateField("Verified on", validators=[InputRequired("Enter the date of the verification.")])
    verified_by = StringField("Verified by", validators=[InputRequired("Say who verified it."), Length(max=200)])
    verification_method = StringField(
        "How",
        validators=[InputRequired("Say how it was verified."), Length(max=200)],
        description="For example: state medical board website.",
    )


class ImportForm(FlaskForm):
    file = FileField(
        "CSV file",
        validators=[FileRequired("Choose a CSV file."), FileAllowed(["csv"], "Choose a file ending in .csv.")],
        description="UTF-8, with the header row of the template or the export. Every row is checked "
        'first: if any row is wrong, nothing is imported. "Check only" shows what '
        "would be added, updated and refused.",
        render_kw={"accept": ".csv,text/csv"},
    )
    check_only = SubmitField("Check only, import nothing")


class ClinicFilterForm(FlaskForm):
    """Search and filter of the clinic list (GET, no CSRF token)."""

    class Meta:
        csrf = False

    q = StringField(
        "Search",
        validators=[Length(max=200)],
        render_kw={"type": "search"},
        description="Name, reference, city or state.",
    )
    show = SelectField(
        "Show",
        default="",
        choices=[("", "All clinics"), ("attention", "Needing attention"), ("hidden", "Hidden from visitors")],
    )
