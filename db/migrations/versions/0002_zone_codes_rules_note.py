"""Enterprises remember their zones; rules versions carry a note (schema v2).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.helpers import forget_version, record_version

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ';'-joined codes of the zones containing the enterprise, recomputed by the
    # app; NULL until the first assignment run.
    op.add_column("enterprises", sa.Column("zone_codes", sa.Text))
    op.add_column("zp_rules_versions", sa.Column("note", sa.Text))
    record_version(op.get_bind(), 2)


def downgrade() -> None:
    op.drop_column("enterprises", "zone_codes")
    op.drop_column("zp_rules_versions", "note")
    forget_version(op.get_bind(), 2)
