"""Helpers the review-workflow test modules share: a third answer text and a second source,
and steps a person takes in the staff web app (draft, save, one-button steps, flashed messages, and an
entry written by the editor and published by the reviewer).
"""

from __future__ import annotations

import html

from flask import Flask

from tests.admin_world import (
    ANSWER_V2,
    create_draft,
    csrf_token,
    entry_form,
    logged_in,
    publish_entry,
    submit_entry,
    text,
    version_of,
)

ANSWER_V3 = ANSWER_V2.replace(
    "Ask your clinic about a ride before your first appointment.",
    "Ask your clinic about a ride home before your first visit.",
)
LABEL_SOURCE = {
    "sources-1-title": "Esketamine label (DailyMed)",
    "sources-1-url": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=example",
}


def save(client, entry_id: int, **changes: str):
    page = client.get(f"/admin/kb/{entry_id}")
    return client.post(f"/admin/kb/{entry_id}", data=entry_form(csrf_token(page), version_of(page), **changes))


def step(client, entry_id: int, action: str, **data: str):
    """A one-button step (unpublish, discard, send-back) posted from the page a person would use."""
    page = client.get(f"/admin/kb/{entry_id}/publish" if action == "send-back" else f"/admin/kb/{entry_id}")
    return client.post(
        f"/admin/kb/{entry_id}/{action}", data={"csrf_token": csrf_token(page), "version": version_of(page), **data}
    )


def flashed(client, response) -> str:
    return html.unescape(text(client.get(response.location)))


def published_entry(app: Flask, answer: str = ANSWER_V2) -> tuple[int, object, object]:
    """A published entry written by the editor and published by the reviewer: (id, editor, reviewer)."""
    editor, reviewer = logged_in(app, "editor@example.org"), logged_in(app, "reviewer@example.org")
    entry_id = create_draft(editor, answer=answer)
    assert submit_entry(editor, entry_id).status_code == 303
    assert publish_entry(reviewer, entry_id, "Medical reviewer, MD").status_code == 303
    return entry_id, editor, reviewer
