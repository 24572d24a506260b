"""Clinic and credential fields are defined once (``bot.directory.columns.SPECS``).

Adding a field is one schema entry plus its database column and migration: the CSV header,
the template, the importer's row model, the export, the staff editing rules, the admin
forms' inputs, pages, fill and values and the sample generator all follow it. Each test
compares what a part does with the schema object itself, never with a copy of the field list;
the last one makes that one edit (in a separate Python process) and follows the new field
through the form, the template, an import and the export.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload

from bot.config import PROJECT_ROOT
from bot.db import session_scope
from bot.directory.columns import SPECS, Column
from bot.directory.csv_io import export_csv, import_csv, write_template
from bot.directory.editing import RecordInvalid, check_clinic, check_credential
from bot.directory.rows import ClinicRow
from bot.models import Clinic, Credential, User
from tests.admin_world import _password_hash, _secrets, app, logged_in, world  # noqa: F401 - fixtures are used by name
from web.admin.directory_forms import ClinicForm, CredentialForm

NAMES = [spec.name for spec in SPECS]
CLINIC_SPECS = [spec for spec in SPECS if spec.record == "clinic"]
CREDENTIAL_SPECS = [spec for spec in SPECS if spec.record == "credential"]
SAMPLE = PROJECT_ROOT / "data" / "clinics" / "sample_clinics.csv"


def template() -> str:
    buffer = io.StringIO()
    write_template(buffer)
    return buffer.getvalue()


def imported_example(engine) -> Clinic:
    """The template's example row, imported and read back (detached, credentials loaded)."""
    with session_scope(engine) as session:
        import_csv(session, io.StringIO(template()))
    with session_scope(engine) as session:
        clinic = session.execute(select(Clinic).options(selectinload(Clinic.credentials))).scalar_one()
        session.expunge_all()
    return clinic


def test_template_header_and_example_are_the_schema() -> None:
    header, example = csv.reader(io.StringIO(template()))
    assert header == NAMES
    assert example == [spec.example for spec in SPECS]


def test_row_model_has_each_schema_field_with_its_requiredness() -> None:
    assert list(ClinicRow.__fields__) == NAMES
    assert [ClinicRow.__fields__[name].required for name in NAMES] == [spec.required for spec in SPECS]


def test_each_schema_field_is_a_model_column_that_can_hold_it() -> None:
    tables = {"clinic": Clinic.__table__, "credential": Credential.__table__}
    for spec in SPECS:
        column = tables[spec.record].columns[spec.attr]
        if spec.required:
            assert not column.nullable, spec.name
        else:
            assert column.nullable or column.default is not None, spec.name


def test_export_writes_every_schema_column_as_imported(sqlite_engine) -> None:
    imported_example(sqlite_engine)
    buffer = io.StringIO()
    with session_scope(sqlite_engine) as session:
        assert export_csv(session, buffer) == 1
    header, row = csv.reader(io.StringIO(buffer.getvalue()))
    assert header == NAMES
    assert dict(zip(header, row, strict=True)) == {spec.name: spec.example for spec in SPECS}


def test_editing_checks_and_returns_every_schema_field_by_model_attribute(sqlite_engine) -> None:
    clinic = imported_example(sqlite_engine)
    credential = clinic.credentials[0]
    clinic_values = check_clinic({spec.attr: spec.example for spec in CLINIC_SPECS})
    credential_values = check_credential({spec.attr: spec.example for spec in CREDENTIAL_SPECS})
    assert clinic_values == {spec.attr: getattr(clinic, spec.attr) for spec in CLINIC_SPECS}
    assert credential_values == {spec.attr: getattr(credential, spec.attr) for spec in CREDENTIAL_SPECS}


def test_editing_words_a_bad_value_like_the_importer() -> None:
    values = {spec.attr: spec.example for spec in CLINIC_SPECS} | {"zip": "9411", "name": ""}
    with pytest.raises(RecordInvalid) as raised:
        check_clinic(values)
    assert raised.value.problems == {"zip": ["Must be 5 digits, like 94110."], "name": ["This is required."]}


@pytest.mark.parametrize(("form_class", "specs"), [(ClinicForm, CLINIC_SPECS), (CredentialForm, CREDENTIAL_SPECS)])
def test_form_fills_and_returns_every_schema_field(sqlite_engine, form_class, specs) -> None:
    clinic = imported_example(sqlite_engine)
    record = clinic if form_class is ClinicForm else clinic.credentials[0]
    app = Flask(__name__)
    app.config.update(SECRET_KEY="schema-test", WTF_CSRF_ENABLED=False)
    with app.test_request_context():
        form = form_class()
        form.fill(record)
        values = form.values()
    assert list(values) == [spec.attr for spec in specs]
    checked = (check_clinic if form_class is ClinicForm else check_credential)(values)
    assert checked == {spec.attr: getattr(record, spec.attr) for spec in specs}


def test_sample_generator_writes_the_schema_columns_and_reproduces_the_committed_file(tmp_path) -> None:
    output = tmp_path / "sample.csv"
    subprocess.run(
        [sys.executable, "scripts/make_sample_clinics.py", str(output)],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        check=True,
        capture_output=True,
    )
    assert next(csv.reader(io.StringIO(output.read_text(encoding="utf-8")))) == NAMES
    assert output.read_bytes() == SAMPLE.read_bytes()


def test_verifier_longer_than_its_column_is_refused_in_words() -> None:
    values = {spec.attr: spec.example for spec in CREDENTIAL_SPECS} | {"verified_by": "x" * 201}
    with pytest.raises(RecordInvalid) as raised:
        check_credential(values)
    assert raised.value.problems == {"verified_by": ["Must be at most 200 characters."]}


class Controls(HTMLParser):
    """A page's named form controls, the text of each label (by its ``for``), legends and hints (by id)."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.labels: dict[str, str] = {}
        self.legends: list[str] = []
        self.hints: dict[str, str] = {}
        self._open: tuple[str, str] | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in ("input", "select", "textarea") and found.get("name"):
            self.controls.append(found)
        elif tag == "label" and found.get("for"):
            self._open = ("label", str(found["for"]))
        elif tag == "legend":
            self._open = ("legend", "")
        elif tag == "p" and found.get("class") == "hint":
            self._open = ("hint", str(found.get("id")))

    def handle_data(self, data: str) -> None:
        if self._open is None:
            return
        what, key = self._open
        if what == "label":
            self.labels[key] = self.labels.get(key, "") + data
        elif what == "legend":
            self.legends.append(data)
        else:
            self.hints[key] = self.hints.get(key, "") + data

    def handle_endtag(self, tag: str) -> None:
        if tag in ("label", "legend", "p"):
            self._open = None

    def named(self, name: str) -> list[dict[str, str | None]]:
        return [control for control in self.controls if control["name"] == name]


def assert_one_input_each(page: str, specs: list[Column], shown_once: bool = False) -> None:
    """Each field has one input (a codes field: one fieldset of checkboxes) with the schema's label and hint;
    with ``shown_once``, fields typed only on creation are shown as text instead; no other input is there."""
    found = Controls(page)
    for spec in specs:
        controls = found.named(spec.attr)
        if spec.input.once and shown_once:
            assert controls == [], spec.name
            assert f"<strong>{spec.input.label}:</strong>" in page, spec.name
            continue
        if spec.kind.name == "codes":
            assert [control["value"] for control in controls] == [value for value, _ in spec.input.choices]
            assert found.legends.count(spec.input.label) == 1, spec.name
        else:
            assert len(controls) == 1, (spec.name, controls)
            assert found.labels[str(controls[0]["id"])].strip() == spec.input.label, spec.name
        if spec.input.hint:
            assert found.hints[f"{spec.attr}-hint"] == spec.input.hint, spec.name
    others = {str(control["name"]) for control in found.controls} - {spec.attr for spec in specs}
    assert others <= {"csrf_token", "version"}, others


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_each_schema_field_has_one_input_with_its_label_on_the_clinic_pages(app: Flask, world: SimpleNamespace) -> None:
    editor = logged_in(app, "editor@example.org")
    added = editor.get("/admin/clinics/new")
    edited = editor.get(f"/admin/clinics/{world.clinics['c1']}/edit")
    assert added.status_code == edited.status_code == 200
    assert_one_input_each(added.get_data(as_text=True), CLINIC_SPECS)
    assert_one_input_each(edited.get_data(as_text=True), CLINIC_SPECS, shown_once=True)
    assert '<span class="reference">c1</span>' in edited.get_data(as_text=True)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_each_schema_field_has_one_input_with_its_label_on_the_license_pages(
    app: Flask, world: SimpleNamespace
) -> None:
    editor = logged_in(app, "editor@example.org")
    clinic = world.clinics["c1"]
    added = editor.get(f"/admin/clinics/{clinic}/credentials/new")
    edited = editor.get(f"/admin/clinics/{clinic}/credentials/{world.credentials['c1']}/edit")
    assert added.status_code == edited.status_code == 200
    assert_one_input_each(added.get_data(as_text=True), CREDENTIAL_SPECS)
    assert_one_input_each(edited.get_data(as_text=True), CREDENTIAL_SPECS, shown_once=True)


#: The one edit: a new clinic field in the schema, placed after the clinic's last one.
NEW_FIELD = """    Column(
        "parking",
        "Street parking",
        "must be at most 200 characters",
        rules={"max_length": 200},
        required=False,
        input=Input("Parking (optional)", "Where visitors can leave a car."),
    ),
"""
BEFORE_NEW_FIELD = '    Column(\n        "prescriber",'
#: Run in its own process: the schema module with NEW_FIELD added, the model's new column, then
#: the real app on the migrated database: template, import, export, add form, add and edit.
WITH_NEW_FIELD = """
import io, json, sys, types
from pathlib import Path
from sqlalchemy import Column, String
import bot.models
assert "bot.directory.columns" not in sys.modules
bot.models.Clinic.parking = Column(String(200), nullable=True)
path = Path("bot/directory/columns.py")
source = path.read_text(encoding="utf-8")
new_field, before, url, clinic = sys.argv[1:5]
assert source.count(before) == 1, "the schema no longer has the entry the new field goes before"
module = types.ModuleType("bot.directory.columns")
module.__file__ = str(path)
sys.modules["bot.directory.columns"] = module
exec(compile(source.replace(before, new_field + before), str(path), "exec"), module.__dict__)

import dataclasses
from bot.config import load_settings
from bot.db import make_engine
from tests.web_helpers import csrf_token, login
from web import create_app

settings = dataclasses.replace(load_settings(), ratelimit_storage_uri="memory://", web_cookie_secure=False)
client = create_app(make_engine(url), settings, testing=True).test_client()
assert login(client, "editor@example.org").status_code == 303
template = client.get("/admin/clinics/template.csv").get_data()
form = client.get("/admin/clinics/import")
imported = client.post(
    "/admin/clinics/import",
    content_type="multipart/form-data",
    data={"csrf_token": csrf_token(form), "file": (io.BytesIO(template), "clinics.csv")},
)
page = client.get("/admin/clinics/new")
added = client.post("/admin/clinics/new", data={**json.loads(clinic), "csrf_token": csrf_token(page)})
edit = client.get(added.location.replace("/credentials/new", "/edit"))
print(json.dumps({
    "template": template.decode(),
    "imported": imported.status_code,
    "export": client.get("/admin/clinics/export.csv").get_data(as_text=True),
    "form": page.get_data(as_text=True),
    "added": added.status_code,
    "edit": edit.get_data(as_text=True),
}))
"""


def test_a_field_added_to_the_schema_reaches_the_forms_the_template_and_the_export(
    sqlite_engine: Engine,
) -> None:
    """Adding a field is one schema entry plus its column: nothing else is edited here."""
    with session_scope(sqlite_engine) as session:
        session.execute(text("ALTER TABLE clinics ADD COLUMN parking VARCHAR(200)"))  # the migration
        session.add(User(email="editor@example.org", password_hash=_password_hash(), role="editor"))
    clinic = {spec.attr: spec.example for spec in CLINIC_SPECS if spec.kind.name != "flag"}
    clinic |= {"ref": "second-clinic", "treatments": ["iv", "kap"], "parking": "Garage behind the building"}
    run = subprocess.run(
        [sys.executable, "-c", WITH_NEW_FIELD, NEW_FIELD, BEFORE_NEW_FIELD, str(sqlite_engine.url), json.dumps(clinic)],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.splitlines()[-1])
    expected_header = NAMES[: NAMES.index("prescriber")] + ["parking"] + NAMES[NAMES.index("prescriber") :]
    header, example = csv.reader(io.StringIO(seen["template"]))
    assert header == expected_header and example[header.index("parking")] == "Street parking"
    assert seen["imported"] == 303
    exported = list(csv.DictReader(io.StringIO(seen["export"])))
    assert list(exported[0]) == expected_header and exported[0]["parking"] == "Street parking"
    controls = Controls(seen["form"])
    (parking,) = controls.named("parking")
    assert controls.labels[str(parking["id"])].strip() == "Parking (optional)"
    assert controls.hints["parking-hint"] == "Where visitors can leave a car."
    assert parking["maxlength"] == "200" and parking["type"] == "text"
    names = [control["name"] for control in controls.controls]
    assert names.index("parking") == names.index(CLINIC_SPECS[-1].attr) + 1  # in schema order
    assert seen["added"] == 303
    (stored,) = Controls(seen["edit"]).named("parking")
    assert stored["value"] == "Garage behind the building"
