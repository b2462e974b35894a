"""Team projects in PostgreSQL/PostGIS: connect, live refresh, conflicts, transfer."""
