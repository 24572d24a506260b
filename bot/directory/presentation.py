"""How a clinic search reads in the chat."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from bot.directory.finder import ClinicSearch
from bot.directory.search import ClinicHit, SearchFilters
from bot.geo import gazetteer
from bot.models import TREATMENTS, Clinic
from bot.rules import phone_e164

OTHER_DIRECTORIES = (
    'For esketamine (SPRAVATO), the manufacturer\'s "Find a Center" tool lists certified '
    "centers; SAMHSA's FindTreatment.gov lists licensed treatment providers."
)
MAPS_SEARCH = "https://www.google.com/maps/search/?api=1&query="


def describe_filters(filters: SearchFilters) -> str:
    parts = []
    if filters.treatment:
        parts.append(f"offering {TREATMENTS[filters.treatment]}")
    if filters.telehealth:
        parts.append("with telehealth")
    return " " + " and ".join(parts) if parts else ""


def search_summary(search: ClinicSearch) -> str:
    """The line before the clinics (or instead of them)."""
    wanted = describe_filters(search.filters)
    if search.status == "unavailable":
        return (
            "Sorry, the place search is unavailable right now, so I can't look up clinics. "
            "Please try again in a few minutes."
        )
    if search.status == "unknown_place":
        state = gazetteer.state_by_name_or_code(search.place)
        if state is not None:  # "texas": too broad to measure miles from
            return f"{state.name} is a whole state, so I need a city or a ZIP code in it."
        return f'I couldn\'t find "{search.place}" as a US place.'
    result = search.result
    assert result is not None
    guessed = (
        f"I took that to mean {search.guessed}; add the state if you meant another one. " if search.guessed else ""
    )
    if search.status == "none":
        return (
            f"{guessed}I couldn't find a licensed clinic{wanted} within {result.radius} miles of "
            f"{search.place} in our directory. {OTHER_DIRECTORIES}"
        )
    widened = (
        f"There were none within {result.first_radius} miles, so I widened the search to {result.radius} miles. "
        if result.widened
        else ""
    )
    count = len(result.hits)
    nearest = "The nearest licensed clinic" if count == 1 else f"The {count} nearest licensed clinics"
    return f"{guessed}{widened}{nearest}{wanted} to {search.place}:"


def phone_link(phone: str) -> str:
    """A US phone number as a tap-to-call Markdown link (``tel:+1...``); left as text if it is not one."""
    dial = phone_e164(phone)
    return f"[{phone}](tel:{dial})" if dial else phone


def website_link(url: str) -> str:
    """A website link named by its host ("example-clinic.com"), not a bare "Website"."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return f"[{host}]({url})" if host else ""


def directions_url(clinic: Clinic) -> str:
    """A maps search for the clinic's address: opens the visitor's maps app or site for directions."""
    address = f"{clinic.street}, {clinic.city}, {clinic.state} {clinic.zip}"
    return MAPS_SEARCH + quote(address, safe="")


def payment_line(clinic: Clinic) -> str:
    """ "Self-pay" or "Insurance accepted", replaced by the clinic's own note when that already says which."""
    label = "Insurance accepted" if clinic.accepts_insurance else "Self-pay"
    notes = (clinic.insurance_notes or "").strip().rstrip(".")
    if not notes:
        return f"Payment: {label}."
    keyword = "insurance" if clinic.accepts_insurance else "self-pay"
    return f"Payment: {notes}." if keyword in notes.lower() else f"Payment: {label}. {notes}."


def clinic_card(hit: ClinicHit) -> str:
    """One clinic, read at a glance: name and distance, address and directions, phone and website,
    then one line each for treatments, visits and payment; the license check last, in small print."""
    clinic = hit.clinic
    verified = max(
        (credential.verified_on for credential in clinic.credentials if credential.verified_on), default=None
    )
    website = website_link(clinic.website) if clinic.website else ""
    lines = [
        f"**{clinic.name}**: {hit.miles:.1f} miles",
        f"{clinic.street}, {clinic.city}, {clinic.state} {clinic.zip} · [Directions]({directions_url(clinic)})",
        f"Phone: {phone_link(clinic.phone)}" + (f" · {website}" if website else ""),
        "Offers: " + ", ".join(TREATMENTS[code] for code in clinic.treatments),
        "Visits: in person and by telehealth." if clinic.telehealth else "Visits: in person only.",
        payment_line(clinic),
    ]
    if verified:
        lines.append(f"_License last verified {verified:%B %-d, %Y}._")
    return "\n".join(lines)
