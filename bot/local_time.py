"""The organisation's time zone (``ORG_TIMEZONE``): how stored times are shown and how days are counted.

Times are stored as naive UTC (:func:`bot.models.utcnow`); pages show them in the
organisation's zone, on one line, with the zone's abbreviation so nobody has to guess:
"Nov 30, 2026, 3:05 PM PST". Zone names come from the IANA database through ``zoneinfo``
(the system's /usr/share/zoneinfo, or the ``tzdata`` package where the system has none).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class TimeZoneError(ValueError):
    """``ORG_TIMEZONE`` does not name a time zone."""


def org_zone(name: str) -> ZoneInfo:
    """The zone called ``name``; a clear error naming the setting when there is none."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise TimeZoneError(
            f"ORG_TIMEZONE={name!r} is not a time zone name. Use an IANA name such as "
            f"'America/Los_Angeles', 'America/New_York' or 'UTC'."
        ) from error


def to_local(value: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """A stored naive-UTC time (or an aware one) in ``zone``."""
    aware = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone(zone)


def format_local(value: dt.datetime | None, zone: ZoneInfo) -> str:
    """ "Nov 30, 2026, 3:05 PM PST"; a dash for no time."""
    if value is None:
        return "—"
    local = to_local(value, zone)
    hour = local.hour % 12 or 12
    return f"{local:%b} {local.day}, {local.year}, {hour}:{local:%M} {local:%p} {local.tzname()}"


def local_day_start_utc(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """When ``day`` begins in ``zone``, as the naive UTC the database stores."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=zone)
    return start.astimezone(dt.timezone.utc).replace(tzinfo=None)


def local_today(zone: ZoneInfo, now: dt.datetime | None = None) -> dt.date:
    """Today's date in ``zone`` (``now``: naive UTC, default the current time)."""
    return to_local(now or dt.datetime.now(dt.timezone.utc), zone).date()
