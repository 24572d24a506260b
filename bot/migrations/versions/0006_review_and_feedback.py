"""Medical review and answer feedback: reviewer role, who reviewed an entry, entries in
review, when sources changed, per-entry "times shown" and the feedback table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("knowledge_entries") as batch:
        batch.add_column(sa.Column("reviewed_by", sa.String(200), nullable=True))
        batch.add_column(sa.Column("sources_changed_on", sa.Date(), nullable=True))
        batch.drop_constraint("ck_knowledge_entries_status", type_="check")
        batch.create_check_constraint("ck_knowledge_entries_status", "status IN ('draft', 'in_review', 'published')")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("ck_users_role", type_="check")
        batch.create_check_constraint("ck_users_role", "role IN ('admin', 'reviewer', 'editor', 'clinic')")
    with op.batch_alter_table("chat_events") as batch:
        batch.add_column(sa.Column("entry_slug", sa.String(80), nullable=True))
        batch.create_index("ix_chat_events_entry_slug", ["entry_slug"])
    op.create_table(
        "answer_feedback",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("entry_slug", sa.String(80), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(500), nullable=True),
        sa.Column("question", sa.String(500), nullable=True),
    )
    op.create_index("ix_answer_feedback_created_at", "answer_feedback", ["created_at"])
    op.create_index("ix_answer_feedback_entry_created", "answer_feedback", ["entry_slug", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_answer_feedback_entry_created", table_name="answer_feedback")
    op.drop_index("ix_answer_feedback_created_at", table_name="answer_feedback")
    op.drop_table("answer_feedback")
    with op.batch_alter_table("chat_events") as batch:
        batch.drop_index("ix_chat_events_entry_slug")
        batch.drop_column("entry_slug")
    op.execute("DELETE FROM users WHERE role = 'reviewer'")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("ck_users_role", type_="check")
        batch.create_check_constraint("ck_users_role", "role IN ('admin', 'editor', 'clinic')")
    op.execute("UPDATE knowledge_entries SET status = 'draft' WHERE status = 'in_review'")
    with op.batch_alter_table("knowledge_entries") as batch:
        batch.drop_constraint("ck_knowledge_entries_status", type_="check")
        batch.create_check_constraint("ck_knowledge_entries_status", "status IN ('draft', 'published')")
        batch.drop_column("sources_changed_on")
        batch.drop_column("reviewed_by")
