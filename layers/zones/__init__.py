"""Zones: schema, import/export and the zone commands of the CLI."""
