"""The clinic directory's staff pages in headless Chromium (web app alone, no Rasa): the import's
plain-language problems with the focused summary, and the "Fill from ZIP/city" button.

Fixtures (live server, browser) are those of ``tests/browser_helpers.py``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from types import SimpleNamespace

import pytest
from flask import Flask

from bot.directory.columns import COLUMNS
from tests.admin_world import PASSWORD, _secrets, app, logged_in, world  # noqa: F401 - fixtures are used by name
from tests.browser_helpers import SCREENSHOTS, browser, live_url  # noqa: F401 - fixtures are used by name


def log_in(driver, base: str, email: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(base + "/login")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()


def bad_file(app: Flask, folder: Path) -> Path:
    """The staff's own export with a few typical mistakes (rows 3, 4 and 5 of a spreadsheet)."""
    editor = logged_in(app, "editor@example.org")
    rows = list(csv.DictReader(io.StringIO(editor.get("/admin/clinics/export.csv").get_data(as_text=True))))
    rows[1] = dict(rows[1], zip="941", phone="555-01")
    rows[2] = dict(rows[2], treatments="iv;magic", accepts_insurance="maybe")
    rows.append(
        dict(rows[0], ref="new-clinic", name="New Clinic (sample)", npi="1234567890", latitude="", longitude="")
    )
    path = folder / "clinics.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_import_problems_are_listed_in_plain_words_and_the_summary_takes_focus(
    app: Flask, world: SimpleNamespace, live_url: str, browser, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    upload = bad_file(app, tmp_path)
    log_in(browser, live_url, "editor@example.org")
    browser.get(live_url + "/admin/clinics/import")
    browser.find_element(By.ID, "file").send_keys(str(upload))
    browser.find_element(By.XPATH, "//button[normalize-space()='Check and import']").click()
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
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "admin-import-errors.png"))


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
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "admin-clinic-verify.png"))
