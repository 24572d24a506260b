"""The suite's one "today".

Licence expiry, verification and review dates are built from ``TODAY`` when a module is imported and
compared with what the app stamps later (``date.today()``, ``utcnow()``). A run that crosses midnight
would see two different days, so the modules that use ``TODAY`` hold the process clock on that day
(the ``on_todays_date`` fixture in ``tests/conftest.py``): it starts at its noon (UTC) and keeps
ticking, which leaves twelve hours before the date could change.
"""

from __future__ import annotations

import datetime as dt

TODAY = dt.date.today()
NOON_OF_TODAY = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.timezone.utc)
