"""Forms of the clinic-directory pages.

WTForms handles the shape (CSRF, dates, choices, the upload); the directory rules (ZIP,
phone, NPI check digit, treatments…) are applied by :mod:`bot.directory.editing`, which
uses the CSV importer's own validators. The clinic and license forms' inputs, and what they
fill and return, come from the field schema (:mod:`bot.directory.columns`): each field's
input is made by its kind, with the schema's label, hint, choices and length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    Field,
    HiddenField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TelField,
    TextAreaField,
    URLField,
)
from wtforms.fields.core import UnboundField
from wtforms.validators import AnyOf, InputRequired, Length
from wtforms.validators import Optional as Blank
from wtforms.widgets import CheckboxInput, ListWidget

from bot.directory.columns import CLINIC, CREDENTIAL
from bot.directory.field_kinds import COORDINATE, Column
from bot.models import Clinic


class CheckboxesField(SelectMultipleField):
    """Several choices as checkboxes (usable without a mouse or a multi-select)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _text(value: str | None) -> str:
    return (value or "").strip()


def _same(value: Any) -> Any:
    return value


#: Per value kind: (model value -> form data, form data -> the value the directory rules check).
KIND_INPUTS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "text": (_same, _text),
    "long_text": (_same, _text),
    "email": (_same, _text),
    "phone": (_same, _text),
    "url": (_same, _text),
    "choice": (_same, _same),
    "date": (_same, _same),
    "flag": (_same, bool),
    "coordinate": (COORDINATE.write, _text),
    "codes": (lambda value: list(value or []), lambda data: list(data or [])),
    "list": (lambda value: "; ".join(value or []), _text),
}
#: Per value kind: the WTForms field that edits it (typed text for the kinds not listed).
KIND_FIELDS: dict[str, type[Field]] = {
    "long_text": TextAreaField,
    "email": EmailField,
    "phone": TelField,
    "url": URLField,
    "choice": SelectField,
    "date": DateField,
    "flag": BooleanField,
    "codes": CheckboxesField,
}


def schema_input(spec: Column) -> UnboundField:
    """The input of one schema field, by its kind, with the schema's label, hint, choices and length.

    A choice offered without an empty option must be one of them (``AnyOf``); a date is
    required (with the schema's words) unless the column is optional.
    """
    shown = spec.input
    options: dict[str, Any] = {"description": shown.hint}
    validators: list[Any] = []
    max_length = spec.rules.get("max_length", shown.max_length)
    if max_length is not None:
        validators.append(Length(max=max_length))
    if shown.choices:
        options["choices"] = list(shown.choices)
        if spec.kind.name == "choice" and all(value for value, _ in shown.choices):
            validators.append(AnyOf([value for value, _ in shown.choices]))
    if spec.kind.name == "date":
        validators.append(InputRequired(shown.missing or None) if spec.required else Blank())
    if shown.attributes:
        options["render_kw"] = dict(shown.attributes)
    return KIND_FIELDS.get(spec.kind.name, StringField)(shown.label, validators=validators, **options)


class SchemaForm(FlaskForm):
    """A form with one input per schema field of a record (:data:`FIELDS`), named by model attribute."""

    FIELDS: tuple[Column, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for spec in cls.FIELDS:
            setattr(cls, spec.attr, schema_input(spec))

    def inputs(self) -> list[tuple[Column, Field]]:
        """Each schema field with its input, in schema order (the pages show them so)."""
        return [(spec, self[spec.attr]) for spec in self.FIELDS]

    def fill(self, record: Any) -> None:
        for spec in self.FIELDS:
            self[spec.attr].data = KIND_INPUTS[spec.kind.name][0](getattr(record, spec.attr))

    def values(self) -> dict[str, Any]:
        """What was typed, in the shape the directory rules check."""
        return {spec.attr: KIND_INPUTS[spec.kind.name][1](self[spec.attr].data) for spec in self.FIELDS}


class ClinicForm(SchemaForm):
    FIELDS = CLINIC

    version = HiddenField()

    def fill(self, record: Clinic) -> None:
        super().fill(record)
        self.version.data = str(record.version)

    def expected_version(self) -> int | None:
        data = self.version.data or ""
        return int(data) if data.isdigit() else None


class CredentialForm(SchemaForm):
    FIELDS = CREDENTIAL


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
