"""The clinic directory's staff pages in headless Chromium (web app alone, no Rasa): the import's
plain-language problems with the focused summary, the template CSV as the browser downloads it,
"Check only" changing nothing until the real import, and the "Fill from ZIP/city" button.

Fixtures (live server, browser) are those of ``tests/browser_helpers.py``.
"""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload

from bot.db import session_scope
from bot.directory.columns import COLUMNS
from bot.models import Clinic
from tests.admin_world import _secrets, app, audit_actions, logged_in, world  # noqa: F401 - fixtures are used by name
from tests.browser_helpers import browser, follow, live_url, log_in, screenshot  # noqa: F401 - fixtures are used by name
from tests.clinic_factory import valid_npi

DOWNLOAD_SECONDS = 10


def bad_file(app: Flask, folder: Path) -> Path:
    """The staff's own export with a few typical mistakes (rows 3, 4 and 5 of a spreadsheet)."""
    editor = logged_in(app, "editor@example.org")
    rows = list(csv.DictReader(io.StringIO(editor.get("/admin/clinics/export.csv").get_data(as_text=True))))
    rows[1] = dict(rows[1], zip="941", phone="555-01")
    rows[2] = dict(rows[2], treatments="iv;magic", accepts_insurance="maybe")
    rows.append(
        dict(rows[0], ref="new-clinic", name="New Clinic (sample)", npi="1234567890", latitude="", longitude="")
    )
    return write_csv(folder / "clinics.csv", rows)


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def exported_rows(app: Flask) -> list[dict]:
    """The staff's own export, one dict per license row (c1, c2, c3 of the admin world)."""
    editor = logged_in(app, "editor@example.org")
    return list(csv.DictReader(io.StringIO(editor.get("/admin/clinics/export.csv").get_data(as_text=True))))


def directory_state(engine: Engine) -> tuple[dict, list]:
    """Every clinic with its licenses, read from the database, and the audit log: what an import may change."""
    with session_scope(engine) as session:
        clinics = session.execute(select(Clinic).options(selectinload(Clinic.credentials))).scalars()
        rows = {
            clinic.ref: (
                clinic.name,
                clinic.city,
                clinic.zip,
                clinic.phone,
                clinic.latitude,
                clinic.longitude,
                sorted((c.license_number, c.npi, c.status) for c in clinic.credentials),
            )
            for clinic in clinics
        }
    return rows, audit_actions(engine)


def upload(driver, base: str, path: Path, *, check_only: bool) -> None:
    """Choose the file on the import page and press one of its two buttons, as a user would."""
    from selenium.webdriver.common.by import By

    driver.get(base + "/admin/clinics/import")
    driver.find_element(By.ID, "file").send_keys(str(path))
    if check_only:
        follow(driver, driver.find_element(By.XPATH, "//input[@type='submit'][@value='Check only, import nothing']"))
    else:
        follow(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Check and import']"))


def downloaded(folder: Path, name: str) -> Path:
    """The file once Chromium has finished writing it into ``folder``."""
    path = folder / name
    deadline = time.monotonic() + DOWNLOAD_SECONDS
    while time.monotonic() < deadline:
        if path.exists() and not list(folder.glob("*.crdownload")):
            return path
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded; the folder holds {sorted(p.name for p in folder.iterdir())}")


def summary_text(driver) -> str:
    from selenium.webdriver.common.by import By

    return " ".join(driver.find_element(By.CSS_SELECTOR, ".check-summary, .error-summary").text.split())


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_import_problems_are_listed_in_plain_words_and_the_summary_takes_focus(
    app: Flask, world: SimpleNamespace, live_url: str, browser, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    upload = bad_file(app, tmp_path)
    log_in(browser, live_url, "editor@example.org")
    browser.get(live_url + "/admin/clinics/import")
    browser.find_element(By.ID, "file").send_keys(str(upload))
    follow(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Check and import']"))
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert "Nothing was imported" in summary.text
    assert browser.execute_script("return document.activeElement.classList.contains('error-summary')")
    problems = [item.text for item in browser.find_elements(By.CSS_SELECTOR, ".import-problems li")]
    assert problems == [
        "Row 3: ZIP must be 5 digits, like 94110 (clinic c2)",
        "Row 3: phone must be a US number, like (415) 555-0134 (clinic c2)",
        "Row 4: treatments has an unknown code magic: it must be one or more of iv, im, esketamine, "
        "oral, kap, separated by semicolons, like iv;kap (clinic c3)",
        "Row 4: accepts_insurance must be yes or no (clinic c3)",
        "Row 5: NPI must be a 10-digit NPI with a correct check digit, like 1234567893 (clinic new-clinic)",
    ]
    screenshot(browser, "admin-import-errors.png")


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_fill_from_zip_puts_editable_coordinates_in_the_clinic_form(
    app: Flask, world: SimpleNamespace, live_url: str, browser
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    log_in(browser, live_url, "editor@example.org")
    browser.get(live_url + "/admin/clinics/new")
    browser.find_element(By.ID, "zip").send_keys("94110")
    button = browser.find_element(By.XPATH, "//button[normalize-space()='Fill from ZIP/city']")
    assert button.is_displayed() and button.size["height"] >= 24 and button.size["width"] >= 24
    button.click()
    WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "latitude").get_attribute("value"))
    assert browser.find_element(By.ID, "latitude").get_attribute("value") == "37.75090"
    assert browser.find_element(By.ID, "longitude").get_attribute("value") == "-122.41530"
    assert (
        "Filled from ZIP code 94110 (San Francisco, CA)" in browser.find_element(By.CSS_SELECTOR, ".locate-status").text
    )
    browser.find_element(By.ID, "zip").clear()
    browser.find_element(By.ID, "zip").send_keys("00000")
    button.click()
    WebDriverWait(browser, 10).until(
        lambda b: (
            "No coordinates are known for ZIP code 00000" in b.find_element(By.CSS_SELECTOR, ".locate-status").text
        )
    )
    assert browser.find_element(By.ID, "latitude").get_attribute("value") == "37.75090"  # kept, still editable


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_the_verification_form_is_visible_without_scrolling(
    app: Flask, world: SimpleNamespace, live_url: str, browser
) -> None:
    from selenium.webdriver.common.by import By

    log_in(browser, live_url, "editor@example.org")
    browser.get(f"{live_url}/admin/clinics/{world.clinics['c3']}")
    date = browser.find_element(By.ID, f"verify-{world.credentials['c3']}-verified_on")
    assert date.is_displayed() and date.location["y"] + date.size["height"] < 1000  # the window is 1000 px tall
    screenshot(browser, "admin-clinic-verify.png")


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_the_template_downloads_from_the_import_page_and_its_example_row_checks_clean(
    app: Flask, world: SimpleNamespace, live_url: str, browser, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    folder = tmp_path / "downloads"
    folder.mkdir()
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
    log_in(browser, live_url, "editor@example.org")
    browser.get(live_url + "/admin/clinics/import")
    screenshot(browser, "admin-import.png")
    browser.find_element(By.LINK_TEXT, "template CSV").click()
    template = downloaded(folder, "clinics-template.csv")
    with template.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == COLUMNS
    assert len(rows) == 2 and len(rows[1]) == len(COLUMNS) and all(rows[1][:2])  # one example row, ref and name set
    example_ref = rows[1][0]

    before = directory_state(world.engine)
    upload(browser, live_url, template, check_only=True)
    assert browser.find_elements(By.CSS_SELECTOR, ".error-summary, .import-problems") == []
    assert summary_text(browser) == "Checked only: nothing was imported This file would add 1 clinic and update 0."
    browser.find_element(By.CSS_SELECTOR, ".check-refs summary").click()
    assert f"Would add: {example_ref}" in browser.find_element(By.CSS_SELECTOR, ".check-refs").text
    screenshot(browser, "admin-import-template-checked.png")
    assert directory_state(world.engine) == before


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_check_only_says_what_would_happen_and_changes_nothing_until_the_real_import(
    app: Flask, world: SimpleNamespace, live_url: str, browser, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    rows = exported_rows(app)
    renamed = dict(rows[0], name="Clinic c1 renamed (sample)")  # updates c1
    new = dict(
        rows[0],
        ref="new-clinic",
        name="New Clinic (sample)",
        city="San Francisco",
        state="CA",
        zip="94110",
        latitude="",
        longitude="",
        license_number="CA-A-424242",
        license_state="CA",
        npi=valid_npi(424242),
    )
    bad = dict(new, phone="555-01", latitude="37.75090", longitude="-122.41530")
    mixed = write_csv(tmp_path / "mixed.csv", [renamed, bad])
    clean = write_csv(tmp_path / "clean.csv", [renamed, new])
    before = directory_state(world.engine)
    log_in(browser, live_url, "editor@example.org")

    upload(browser, live_url, mixed, check_only=True)
    assert summary_text(browser) == (
        "Checked only: nothing was imported This file would add 0 clinics and update 1, but 1 row has problems, "
        "so importing it now would import nothing."
    )
    assert browser.execute_script("return document.activeElement.classList.contains('error-summary')")
    problems = [item.text for item in browser.find_elements(By.CSS_SELECTOR, ".import-problems li")]
    assert problems == ["Row 3: phone must be a US number, like (415) 555-0134 (clinic new-clinic)"]
    screenshot(browser, "admin-import-check-problems.png")
    assert directory_state(world.engine) == before

    upload(browser, live_url, clean, check_only=True)
    assert browser.find_elements(By.CSS_SELECTOR, ".error-summary, .import-problems") == []
    assert summary_text(browser) == (
        "Checked only: nothing was imported This file would add 1 clinic and update 1. Latitude and longitude "
        "of 1 clinic would be taken from the ZIP code or city."
    )
    browser.find_element(By.CSS_SELECTOR, ".check-refs summary").click()
    which = browser.find_element(By.CSS_SELECTOR, ".check-refs").text
    assert "Would add: new-clinic" in which and "Would update: c1" in which
    screenshot(browser, "admin-import-check-clean.png")
    assert directory_state(world.engine) == before

    upload(browser, live_url, clean, check_only=False)
    assert browser.current_url == live_url + "/admin/clinics"
    assert "Import complete" in browser.find_element(By.CSS_SELECTOR, ".flashes").text
    clinics, _ = directory_state(world.engine)
    assert set(clinics) == set(before[0]) | {"new-clinic"}
    assert clinics["c1"][0] == "Clinic c1 renamed (sample)"
    assert clinics["new-clinic"][:4] == ("New Clinic (sample)", "San Francisco", "94110", rows[0]["phone"])
    assert clinics["new-clinic"][4:6] == (pytest.approx(37.7509, abs=0.01), pytest.approx(-122.4153, abs=0.01))
    assert {ref: clinics[ref] for ref in ("c2", "c3")} == {ref: before[0][ref] for ref in ("c2", "c3")}
    screenshot(browser, "admin-import-done.png")
