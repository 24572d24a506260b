"""Review workflow: a published entry's proposed change waits for review while the
published version stays live; who submitted what for review, and the reviewer's note.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("knowledge_entries") as batch:
        batch.add_column(sa.Column("pending_change", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("pending_by", sa.String(254), nullable=True))
        batch.add_column(sa.Column("pending_saved_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("submitted_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("submitted_by", sa.String(254), nullable=True))
        batch.add_column(sa.Column("review_note", sa.Text(), nullable=True))


def downgrade() -> None:
    # Proposed changes that were never published are lost: the live entries stay as they are.
    with op.batch_alter_table("knowledge_entries") as batch:
        batch.drop_column("review_note")
        batch.drop_column("submitted_by")
        batch.drop_column("submitted_at")
        batch.drop_column("pending_saved_at")
        batch.drop_column("pending_by")
        batch.drop_column("pending_change")
