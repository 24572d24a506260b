"""Clinic portal: internal notes on inquiries and each inquiry's status history.

Both are deleted with their inquiry (ON DELETE CASCADE), so the retention purge removes them too.

Revision ID: 0008_inquiry_notes
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_inquiry_notes"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inquiry_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inquiry_id", sa.Integer(), sa.ForeignKey("inquiries.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),  # encrypted like the inquiry's own fields
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "inquiry_status_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inquiry_id", sa.Integer(), sa.ForeignKey("inquiries.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("from_status", sa.String(16), nullable=False),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    # Notes and status histories are lost; the inquiries themselves stay.
    op.drop_table("inquiry_status_changes")
    op.drop_table("inquiry_notes")
