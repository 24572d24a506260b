"""National Provider Identifier check: ten digits starting 1 or 2, whose last digit is the Luhn
check digit of "80840" (the US health-industry prefix) + the first nine, per the CMS standard.

The Luhn arithmetic is ``python-stdnum``'s; only the NPI framing is written here.
"""

from __future__ import annotations

import re

from stdnum import luhn

NPI_PREFIX = "80840"


def luhn_check_digit(digits: str) -> int:
    """The Luhn digit that makes ``digits`` + it a valid Luhn number."""
    return int(luhn.calc_check_digit(digits))


def npi_check_digit(first_nine: str) -> int:
    """The check digit an NPI beginning with ``first_nine`` must end with."""
    return luhn_check_digit(NPI_PREFIX + first_nine)


def is_valid_npi(npi: str) -> bool:
    """True for ten digits starting with 1 or 2 whose last digit is the NPI check digit."""
    if not isinstance(npi, str) or not re.fullmatch(r"[12]\d{9}", npi):
        return False
    return luhn.is_valid(NPI_PREFIX + npi)
