"""National Provider Identifier check digit (Luhn over the prefix 80840 and the first nine digits)."""
from __future__ import annotations

import re

NPI_PREFIX = "80840"


def luhn_check_digit(digits: str) -> int:
    """The Luhn digit that makes ``digits`` + it a valid Luhn number."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 0:  # doubled: these sit right before the check digit's place
            value *= 2
            value = value - 9 if value > 9 else value
        total += value
    return (10 - total % 10) % 10


def is_valid_npi(npi: str) -> bool:
    """True for ten digits starting with 1 or 2 whose last digit is the NPI check digit."""
    if not re.fullmatch(r"[12]\d{9}", npi or ""):
        return False
    return luhn_check_digit(NPI_PREFIX + npi[:9]) == int(npi[9])
