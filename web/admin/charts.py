"""Bar charts for the staff overview as inline SVG, built on the server.

No JavaScript, no CDN and no inline ``style`` (the Content-Security-Policy forbids it): shapes
carry presentation attributes and CSS classes from ``app.css``. Every bar has a ``<title>``
(its tooltip and its accessible name), the SVG has a title and a one-sentence summary, and
the template shows the same numbers as a table for anyone who cannot see the picture.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

WIDTH = 480
COLUMN_HEIGHT = 160
ROW_HEIGHT = 28
MARGIN_LEFT = 30  # room for the scale's top value
MARGIN_BOTTOM = 22  # room for the day labels
MARGIN_TOP = 10
LABEL_WIDTH = 180  # room for topic names beside horizontal bars
DAY_LABEL_EVERY = 7  # label every 7th day, and the last one, under a daily chart


@dataclass(frozen=True)
class Bar:
    label: str  # short, under or beside the bar: "Nov 3", "Side effects"
    description: str  # the bar's title: "Nov 3, 2026: 5 conversations"
    value: int


@dataclass(frozen=True)
class Chart:
    """One chart: its picture, a sentence saying what it shows, and its numbers for a table."""

    chart_id: str
    title: str
    summary: str
    total: int
    bars: tuple[Bar, ...]
    svg: Markup


def _day_label(day: dt.date) -> str:
    return f"{day:%b} {day.day}"


def daily_chart(
    chart_id: str, title: str, days: Sequence[dt.date], values: Sequence[int], noun: tuple[str, str]
) -> Chart:
    """A column per day; ``noun`` is the singular and plural of what is counted."""
    bars = tuple(
        Bar(_day_label(day), f"{_day_label(day)}, {day.year}: {value} {_noun(noun, value)}", value)
        for day, value in zip(days, values, strict=False)
    )
    total = sum(values)
    if total:
        peak = max(range(len(bars)), key=lambda index: (values[index], index))
        summary = (
            f"{total} {_noun(noun, total)} from {_day_label(days[0])} to {_day_label(days[-1])}; "
            f"the most on {bars[peak].label} ({values[peak]})."
        )
    else:
        summary = f"No {noun[1]} from {_day_label(days[0])} to {_day_label(days[-1])}."
    return Chart(chart_id, title, summary, total, bars, _columns(chart_id, title, summary, bars))


def category_chart(chart_id: str, title: str, items: Sequence[tuple[str, int]], noun: tuple[str, str]) -> Chart:
    """A horizontal bar per category (``items``: label and count), in the given order."""
    bars = tuple(Bar(label, f"{label}: {value} {_noun(noun, value)}", value) for label, value in items)
    total = sum(value for _, value in items)
    if total:
        top = max(bars, key=lambda bar: bar.value)
        summary = f"{total} {_noun(noun, total)} in {len(bars)} categories. Most: {top.label} ({top.value})."
    else:
        summary = f"No {noun[1]}."
    return Chart(chart_id, title, summary, total, bars, _rows(chart_id, title, summary, bars))


def _noun(noun: tuple[str, str], count: int) -> str:
    return noun[0] if count == 1 else noun[1]


def _open_svg(chart_id: str, title: str, summary: str, height: int) -> list[Markup]:
    return [
        Markup(
            '<svg class="chart" id="{0}" viewBox="0 0 {1} {2}" width="{1}" height="{2}" role="img" '
            'aria-labelledby="{0}-title {0}-desc" preserveAspectRatio="xMinYMin meet" '
            'xmlns="http://www.w3.org/2000/svg">'
        ).format(chart_id, WIDTH, height),
        Markup('<title id="{0}-title">{1}</title><desc id="{0}-desc">{2}</desc>').format(chart_id, title, summary),
    ]


def _columns(chart_id: str, title: str, summary: str, bars: Sequence[Bar]) -> Markup:
    plot_height = COLUMN_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    scale = max((bar.value for bar in bars), default=0) or 1
    slot = (WIDTH - MARGIN_LEFT) / max(len(bars), 1)
    baseline = MARGIN_TOP + plot_height
    parts = _open_svg(chart_id, title, summary, COLUMN_HEIGHT)
    parts.append(
        Markup(
            '<text class="chart-scale" x="{0}" y="{1}" text-anchor="end">{2}</text>'
            '<line class="chart-axis" x1="{3}" y1="{4}" x2="{5}" y2="{4}"/>'
        ).format(MARGIN_LEFT - 6, MARGIN_TOP + 10, scale, MARGIN_LEFT, baseline, WIDTH)
    )
    for index, bar in enumerate(bars):
        height = bar.value / scale * plot_height
        x = MARGIN_LEFT + index * slot
        parts.append(
            Markup(
                '<g class="chart-item"><title>{0}</title>'
                '<rect class="chart-hit" x="{1:.1f}" y="{2}" width="{3:.1f}" height="{4}"/>'
                '<rect class="chart-bar" x="{5:.1f}" y="{6:.1f}" width="{7:.1f}" height="{8:.1f}"/></g>'
            ).format(
                bar.description,
                x,
                MARGIN_TOP,
                slot,
                plot_height,
                x + slot * 0.15,
                baseline - height,
                slot * 0.7,
                height,
            )
        )
        days_left = len(bars) - 1 - index
        if days_left == 0:  # the last day, its label ending at the chart's edge
            parts.append(_day_text(x + slot, "end", bar.label))
        elif index % DAY_LABEL_EVERY == 0 and days_left > DAY_LABEL_EVERY // 2:  # not crowding the last one
            parts.append(_day_text(x + slot / 2, "middle", bar.label))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _day_text(x: float, anchor: str, label: str) -> Markup:
    return Markup(
        '<text class="chart-label" x="{0:.1f}" y="{1}" text-anchor="{2}" aria-hidden="true">{3}</text>'
    ).format(x, COLUMN_HEIGHT - 6, anchor, label)


def _rows(chart_id: str, title: str, summary: str, bars: Sequence[Bar]) -> Markup:
    height = MARGIN_TOP * 2 + ROW_HEIGHT * max(len(bars), 1)
    scale = max((bar.value for bar in bars), default=0) or 1
    room = WIDTH - LABEL_WIDTH - 36  # the count is written after the bar
    parts = _open_svg(chart_id, title, summary, height)
    for index, bar in enumerate(bars):
        y = MARGIN_TOP + index * ROW_HEIGHT
        length = bar.value / scale * room
        parts.append(
            Markup(
                '<g class="chart-item"><title>{0}</title>'
                '<text class="chart-label" x="{1}" y="{2}" text-anchor="end">{3}</text>'
                '<rect class="chart-bar" x="{4}" y="{5}" width="{6:.1f}" height="{7}"/>'
                '<text class="chart-value" x="{8:.1f}" y="{2}">{9}</text></g>'
            ).format(
                bar.description,
                LABEL_WIDTH - 8,
                y + ROW_HEIGHT * 0.65,
                _fit(bar.label),
                LABEL_WIDTH,
                y + 4,
                length,
                ROW_HEIGHT - 8,
                LABEL_WIDTH + length + 6,
                bar.value,
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _fit(label: str, limit: int = 26) -> str:
    """Long category names are shortened beside the bar (the title keeps them whole)."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"
