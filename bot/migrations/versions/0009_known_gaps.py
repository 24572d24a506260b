"""Known gaps: questions staff confirmed the knowledge base does not answer, so that answer
selection says "not sure" (or offers choices) for near misses instead of a wrong entry.

Revision ID: 0009_known_gaps
Revises: 0008_inquiry_notes
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_known_gaps"
down_revision = "0008_inquiry_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "known_gaps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("key", sa.String(500), nullable=False, unique=True),
        sa.Column("added_by", sa.String(254), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("known_gaps")
