"""Clinic directory: clinics and the credentials that make them licensed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clinics",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ref", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("state", sa.String(2), nullable=False),
        sa.Column("zip", sa.String(10), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("website", sa.String(300), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("treatments", sa.JSON(), nullable=False),
        sa.Column("accepts_insurance", sa.Boolean(), nullable=False),
        sa.Column("insurance_notes", sa.Text(), nullable=True),
        sa.Column("telehealth", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_index("ix_clinics_latitude_longitude", "clinics", ["latitude", "longitude"])
    op.create_table(
        "clinic_credentials",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "clinic_id", sa.Integer(), sa.ForeignKey("clinics.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("prescriber", sa.String(200), nullable=False),
        sa.Column("license_number", sa.String(64), nullable=False),
        sa.Column("license_state", sa.String(2), nullable=False),
        sa.Column("license_expires", sa.Date(), nullable=False),
        sa.Column("npi", sa.String(10), nullable=False),
        sa.Column("rems_certified", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("verified_by", sa.String(200), nullable=True),
        sa.Column("verification_method", sa.String(200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'expired', 'suspended', 'pending')", name="ck_clinic_credentials_status"
        ),
    )


def downgrade() -> None:
    op.drop_table("clinic_credentials")
    op.drop_index("ix_clinics_latitude_longitude", table_name="clinics")
    op.drop_table("clinics")
