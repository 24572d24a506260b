"""How often visitors ask each question marked as not covered: a count and the last time, no text.

Such a question gets a plain "not sure" and is not logged as unanswered again, so without a
count staff would never see that one is asked every day and deserves an entry after all.

Revision ID: 0010_gap_demand
Revises: 0009_known_gaps
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_gap_demand"
down_revision = "0009_known_gaps"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("known_gaps") as batch:
        batch.add_column(sa.Column("times_asked", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("last_asked_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("known_gaps") as batch:
        batch.drop_column("last_asked_at")
        batch.drop_column("times_asked")
