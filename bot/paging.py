"""List pages: one page of a query counted and cut in SQL, and the pattern for a substring search.

Every staff list (entries, review queue, audit log, clinics) pages the same way, so a page
number out of range, an empty list or a search for ``50%_off`` behave alike everywhere, and
no page loads more than ``per_page`` rows however large the table grows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

T = TypeVar("T")
U = TypeVar("U")

#: The escape character :func:`like_pattern` uses; pass it as ``ilike(..., escape=LIKE_ESCAPE)``.
LIKE_ESCAPE = "\\"


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its rows, how many rows match in all, and where it is among the pages."""

    items: Sequence[T]
    total: int
    page: int  # 1-based, always within 1..pages
    pages: int  # at least 1, so an empty list still has a (blank) first page

    def map(self, convert: Callable[[T], U]) -> Page[U]:
        """The same page with each row converted (e.g. to a view that outlives the session)."""
        return Page(items=[convert(item) for item in self.items], total=self.total, page=self.page, pages=self.pages)


def paginate(
    session: Session, statement: Select, page: int | None, per_page: int, parameters: Mapping[str, Any] | None = None
) -> Page[Any]:
    """Rows of ``statement`` (ordered) on ``page``: COUNT, then LIMIT/OFFSET, both in SQL.

    A page number below 1, missing or past the end shows the nearest page that exists.
    ``parameters`` fills bound parameters the statement names (e.g. the listing rule's dates).
    """
    values = dict(parameters or {})
    total = session.execute(select(func.count()).select_from(statement.order_by(None).subquery()), values).scalar_one()
    pages = max(1, math.ceil(total / per_page))
    page = min(max(page or 1, 1), pages)
    rows = session.execute(statement.limit(per_page).offset((page - 1) * per_page), values).scalars().all()
    return Page(rows, total, page, pages)


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's own characters escaped, so ``50%_off`` matches only itself."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"
