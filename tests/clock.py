"""The suite's one "today", and the clock held on it.

Licence expiry, verification and review dates are built from ``TODAY`` when a module is imported and
compared with what the app stamps later (``date.today()``, ``utcnow()``). A run that crosses midnight
would see two different days, so the tests that use ``TODAY`` hold the process clock on that day:
it starts at its noon (UTC) and keeps ticking, which leaves twelve hours before the date could change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import time_machine

TODAY = dt.date.today()


def held_on_today() -> Iterator[None]:
    """Run the body with the clock at noon of ``TODAY``, ticking (the ``on_todays_date`` fixture)."""
    with time_machine.travel(dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.timezone.utc), tick=True):
        yield
