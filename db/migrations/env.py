"""Alembic environment, configured from code (no alembic.ini at run time).

db.migrate passes an open SQLAlchemy connection, already inside the
transaction of the migration, through ``config.attributes["connection"]``;
alembic's begin_transaction() then joins that transaction, so a failed
migration rolls back with everything else.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
