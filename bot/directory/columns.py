"""The clinic CSV columns, defined once: their order, an example value and, in plain words,
what a good value looks like.

The importer's header check, its row messages ("Row 4: ZIP must be 5 digits, like 94110"),
the staff form's field messages and the downloadable template all come from here, so the
wording and the example can never disagree with the rule they describe.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.models import LICENSE_STATUSES, TREATMENTS


@dataclass(frozen=True)
class Column:
    name: str
    example: str
    #: What a good value looks like, completing "<subject> …".
    expected: str
    #: How messages name the column; the header name unless an acronym reads better.
    subject: str = ""

    @property
    def called(self) -> str:
        return self.subject or self.name


_YES_NO = "must be yes or no"
_DATE = "must be a date written YYYY-MM-DD, like {}"
SPECS: tuple[Column, ...] = (
    Column("ref", "example-clinic", "must be lowercase letters, digits and single hyphens, like atlanta-mind-care"),
    Column("name", "Example Clinic (sample)", "must be the clinic's name, 2 to 200 characters"),
    Column("street", "1 Example St", "must be the street address, 2 to 200 characters"),
    Column("city", "San Francisco", "must be the city name, 2 to 100 characters"),
    Column("state", "CA", "must be a two-letter US state code, like CA"),
    Column("zip", "94110", "must be 5 digits, like 94110", "ZIP"),
    Column(
        "latitude",
        "37.75090",
        "must be a number from -90 to 90, like 37.7509, or empty to take it from the ZIP code or city",
    ),
    Column(
        "longitude",
        "-122.41530",
        "must be a number from -180 to 180, like -122.4153, or empty to take it from the ZIP code or city",
    ),
    Column("phone", "(415) 555-0134", "must be a US number, like (415) 555-0134"),
    Column(
        "website",
        "https://example-clinic.example",
        "must be a web address starting with https:// or http://, like https://clinic.example",
    ),
    Column("email", "intake@example-clinic.example", "must be an e-mail address, like intake@clinic.example"),
    Column(
        "treatments", "iv;kap", f"must be one or more of {', '.join(TREATMENTS)}, separated by semicolons, like iv;kap"
    ),
    Column("accepts_insurance", "no", _YES_NO),
    Column("insurance_notes", "Self-pay only.", "must be at most 2000 characters"),
    Column("telehealth", "yes", _YES_NO),
    Column("languages", "English;Spanish", "must be languages separated by semicolons, like English;Spanish"),
    Column("notes", "SAMPLE DATA: replace this row with your clinic.", "must be at most 4000 characters"),
    Column("prescriber", "Dr. Ana Ruiz, MD", "must be the prescriber's name and degree, like Dr. Ana Ruiz, MD"),
    Column("license_number", "CA-A-123456", "must be the license number, 3 to 64 characters"),
    Column("license_state", "CA", "must be a two-letter US state code, like CA"),
    Column("license_expires", "2030-12-31", _DATE.format("2030-12-31")),
    Column("npi", "1234567893", "must be a 10-digit NPI with a correct check digit, like 1234567893", "NPI"),
    Column("rems_certified", "no", _YES_NO),
    Column("license_status", "active", f"must be one of {', '.join(LICENSE_STATUSES)}"),
    Column("verified_on", "2025-01-15", _DATE.format("2025-01-15") + ", not in the future"),
    Column("verified_by", "Your name", "must be at most 200 characters"),
    Column("verification_method", "State medical board website", "must be at most 200 characters"),
)
BY_NAME = {spec.name: spec for spec in SPECS}
COLUMNS = [spec.name for spec in SPECS]


def predicate(column: str, kind: str, detail: str = "") -> str:
    """What is wrong with one value, after the column's name: "must be 5 digits, like 94110".

    ``kind`` is "missing" (empty), "custom" (``detail`` already says what is wrong, in words)
    or anything else (the value does not fit: say what would).
    """
    spec = BY_NAME[column]
    if kind == "missing":
        return f"is empty: it {spec.expected}"
    if kind == "custom" and detail:
        return detail
    return spec.expected


def problem(column: str, kind: str, detail: str = "") -> str:
    """One value's problem in plain words, naming the column: "ZIP must be 5 digits, like 94110"."""
    return f"{BY_NAME[column].called} {predicate(column, kind, detail)}"


def header_problems(found: list[str]) -> list[str]:
    """Missing and unknown header columns, each named, with the header the importer expects."""
    missing = [name for name in COLUMNS if name not in found]
    unknown = [name for name in found if name not in BY_NAME]
    problems = []
    if missing:
        problems.append(
            f"the header row is missing {'a column' if len(missing) == 1 else 'columns'}: {', '.join(missing)}"
        )
    if unknown:
        problems.append(
            f"the header row has {'a column' if len(unknown) == 1 else 'columns'} the importer does "
            f"not know: {', '.join(unknown) or '(an empty name)'}"
        )
    if problems:
        problems.append(f"the header row must be: {','.join(COLUMNS)} (download the template to start from it)")
    return problems
