"""The editorial rules every published answer must meet, in one place.

The content tests, the ``make kb-check`` report and the admin's review screen all ask
``entry_problems``; a rule changed here changes everywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from bot.kb.language import phrase_key
from bot.kb.readability import MAX_GRADE, MAX_WORDS, dose_figures, grade_level, word_count

#: Sites whose pages count as primary sources: drug labels, agencies, journals and indexes.
PRIMARY_DOMAINS = (
    "dailymed.nlm.nih.gov",
    "accessdata.fda.gov",
    "fda.gov",
    "dea.gov",
    "deadiversion.usdoj.gov",
    "ada.gov",
    "consumerfinance.gov",
    "federalregister.gov",
    "govinfo.gov",
    "ecfr.gov",
    "samhsa.gov",
    "988lifeline.org",
    "va.gov",
    "veteranscrisisline.net",
    "cms.gov",
    "medicare.gov",
    "medicaid.gov",
    "nih.gov",
    "nimh.nih.gov",
    "pubmed.ncbi.nlm.nih.gov",
    "ncbi.nlm.nih.gov",
    "doi.org",
    "cdc.gov",
    "hrsa.gov",
    "irs.gov",
    "crisistextline.org",
    "poison.org",
    "nejm.org",
    "jamanetwork.com",
    "psychiatryonline.org",
    "thelancet.com",
    "bmj.com",
    "nature.com",
    "cambridge.org",
    "sciencedirect.com",
    "wiley.com",
    "springer.com",
    "tandfonline.com",
    "sagepub.com",
    "psychiatrist.com",
    "acpjournals.org",
    "frontiersin.org",
    "cochranelibrary.com",
    "clinicaltrials.gov",
    "psychiatry.org",
)
#: Hosts that are never a source: development, staging and preview servers.
_NON_PUBLIC_HOST = re.compile(
    r"(^|\.)(dev\d*|develop[\w-]*|staging|stage|preview|test)\.|platformsh\.site$|"
    r"localhost|\.local$|\.internal$",
    re.I,
)
_INTERNAL_WORDING = re.compile(r"our (?:\w+ ){0,3}review|TODO|internal", re.I)


def is_primary(url: str | None) -> bool:
    """True for a URL on a primary-source site (a subdomain of one counts)."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    return any(host == domain or host.endswith("." + domain) for domain in PRIMARY_DOMAINS)


def source_problems(sources: Iterable[dict]) -> list[str]:
    """Why a list of sources falls short: non-public hosts, no primary source."""
    sources = list(sources)
    problems = []
    for source in sources:
        url = source.get("url") or ""
        host = urlsplit(url).hostname or ""
        if url and _NON_PUBLIC_HOST.search(host):
            problems.append(f"source on a non-public host: {url}")
        if url and not urlsplit(url).scheme == "https":
            problems.append(f"source is not https: {url}")
    if not any(is_primary(source.get("url")) for source in sources):
        problems.append("no source from a primary-source site")
    return problems


def entry_problems(entry: dict) -> list[str]:
    """Every rule a published entry breaks; an empty list means it may be published."""
    answer = entry["answer"]
    problems = source_problems(entry.get("sources") or [])
    words = word_count(answer)
    if words > MAX_WORDS:
        problems.append(f"answer has {words} words (at most {MAX_WORDS})")
    grade = grade_level(answer)
    if grade > MAX_GRADE:
        problems.append(f"reading grade {grade:.1f} (at most {MAX_GRADE:g})")
    for dose in dose_figures(answer):
        problems.append(f"dose figure in the answer: {dose}")
    if _INTERNAL_WORDING.search(answer):
        problems.append("internal wording in the answer")
    return problems


def duplicate_phrasings(entries: Iterable[dict]) -> dict[str, list[str]]:
    """Questions and phrasings (case and spacing ignored) that more than one entry claims."""
    owners: dict[str, set[str]] = {}
    for entry in entries:
        for text in [entry["question"], *entry.get("phrasings", [])]:
            owners.setdefault(phrase_key(text), set()).add(entry["slug"])
    return {text: sorted(slugs) for text, slugs in owners.items() if len(slugs) > 1}


def summary(entries: list[dict]) -> dict[str, float]:
    """Counts and means for the report."""
    words = [word_count(entry["answer"]) for entry in entries]
    grades = [grade_level(entry["answer"]) for entry in entries]
    topics = Counter(entry["topic"] for entry in entries)
    return {
        "entries": len(entries),
        "mean_words": sum(words) / len(words),
        "max_words": max(words),
        "mean_grade": sum(grades) / len(grades),
        "max_grade": max(grades),
        "topics": len(topics),
    }
