"""Enterprises remember their zones; rules versions carry a note (schema v2).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from db.migrations.helpers import dbapi_cursor, record_version

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    cur = dbapi_cursor(op.get_bind())
    # ';'-joined codes of the zones containing the enterprise, recomputed by the
    # app; NULL until the first assignment run.
    cur.execute("ALTER TABLE enterprises ADD COLUMN zone_codes TEXT")
    cur.execute("ALTER TABLE zp_rules_versions ADD COLUMN note TEXT")
    record_version(op.get_bind(), 2)


def downgrade() -> None:
    cur = dbapi_cursor(op.get_bind())
    cur.execute("ALTER TABLE enterprises DROP COLUMN zone_codes")
    cur.execute("ALTER TABLE zp_rules_versions DROP COLUMN note")
    cur.execute("DELETE FROM zp_schema_version WHERE version = 2")
