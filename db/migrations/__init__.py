"""Alembic migrations of the project GeoPackage (configured in db.migrate)."""
