"""Staff administration under /admin: knowledge base, unanswered questions, clinic directory,
overview and audit log.

Admins may use everything; reviewers and editors everything but accounts and the audit log,
and only reviewers and admins publish knowledge entries (:mod:`web.admin.review`); clinic
accounts none of it (403); anonymous visitors are sent to the login page. The start page
(``/admin``, the overview) stays at its original endpoint in :mod:`web.accounts`.
"""

from __future__ import annotations

import datetime as dt

from flask import Flask

STAFF_ROLES = ("admin", "reviewer", "editor")


def register(app: Flask) -> None:
    """Register the admin blueprints on ``app`` (called by ``create_app``)."""
    from web.admin import audit, directory, gaps, kb, review, unanswered

    for module in (kb, review, unanswered, gaps, directory, audit):
        app.register_blueprint(module.blueprint)
    app.add_template_filter(_format_day, "day")


def _format_day(value: dt.date | None) -> str:
    """Dates as YYYY-MM-DD, the format of the CSV files and the date inputs."""
    return value.strftime("%Y-%m-%d") if value else "—"
