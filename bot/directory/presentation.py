"""How a clinic search reads in the chat."""
from __future__ import annotations

from bot.directory.finder import ClinicSearch
from bot.directory.search import ClinicHit, SearchFilters
from bot.models import TREATMENTS

OTHER_DIRECTORIES = ("For esketamine (SPRAVATO), the manufacturer's \"Find a Center\" tool lists certified "
                     "centers; SAMHSA's FindTreatment.gov lists licensed treatment providers.")


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
        return ("Sorry, the place search is unavailable right now, so I can't look up clinics. "
                "Please try again in a few minutes.")
    if search.status == "unknown_place":
        return f"I couldn't find \"{search.place}\" as a US place."
    result = search.result
    assert result is not None
    guessed = (f"I took that to mean {search.guessed}; add the state if you meant another one. "
               if search.guessed else "")
    if search.status == "none":
        return (f"{guessed}I couldn't find a licensed clinic{wanted} within {result.radius} miles of "
                f"{search.place} in our directory. {OTHER_DIRECTORIES}")
    widened = (f"There were none within {result.first_radius} miles, so I widened the search to "
               f"{result.radius} miles. " if result.widened else "")
    count = len(result.hits)
    nearest = "The nearest licensed clinic" if count == 1 else f"The {count} nearest licensed clinics"
    return f"{guessed}{widened}{nearest}{wanted} to {search.place}:"


def clinic_card(hit: ClinicHit) -> str:
    """One clinic: distance, address, phone, website, treatments, telehealth, insurance, verification."""
    clinic = hit.clinic
    verified = max((credential.verified_on for credential in clinic.credentials if credential.verified_on),
                   default=None)
    lines = [
        f"**{clinic.name}**: {hit.miles:.1f} miles",
        f"{clinic.street}, {clinic.city}, {clinic.state} {clinic.zip}",
        f"Phone: {clinic.phone}" + (f" · [Website]({clinic.website})" if clinic.website else ""),
        "Offers: " + ", ".join(TREATMENTS[code] for code in clinic.treatments),
        ("Telehealth visits available. " if clinic.telehealth else "In-person visits only. ")
        + ("Accepts insurance" if clinic.accepts_insurance else "Self-pay")
        + (f" ({clinic.insurance_notes.rstrip('.')})." if clinic.insurance_notes else "."),
    ]
    if verified:
        lines.append(f"License last verified {verified:%B %-d, %Y}.")
    return "\n".join(lines)
