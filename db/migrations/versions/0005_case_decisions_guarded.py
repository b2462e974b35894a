"""A decided case stays decided unless an approver changes it (schema v5).

Schema v1 let only approvers *set* a conversion case to approved/rejected; an
editor could still move a decided case back to another status or delete it,
undoing the approver's decision. On PostgreSQL the ``zp_case_decision``
trigger now also guards those (BEFORE INSERT/UPDATE/DELETE). A GeoPackage is
a single planner's file (its planner is its administrator): only the version
is recorded.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

from db import pg_meta
from db.migrations.helpers import (
    dbapi_cursor,
    forget_version,
    is_postgres,
    pg_schema,
    record_version,
)

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if is_postgres(bind):
        pg_meta.register_case_decisions(dbapi_cursor(bind), pg_schema(bind))
    record_version(bind, 5)


def downgrade() -> None:
    # The stricter guard is kept on downgrade: loosening who may undo a
    # decision is not something a schema downgrade should do silently.
    forget_version(op.get_bind(), 5)
