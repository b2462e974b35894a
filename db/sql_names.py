"""The one way to put a name into SQL: quoted identifiers, never formatting.

Values always travel as parameters; only table and column names are spelled
into statements, and only through :func:`quote_ident`, which both SQLite and
PostgreSQL read the same way (SQL standard double quotes, inner quotes
doubled). Names from outside (a layer name, a schema typed in a dialog) are
checked first, so a hostile string becomes a plain name or an error, never
SQL.
"""

from __future__ import annotations

#: PostgreSQL truncates identifiers longer than this (NAMEDATALEN - 1 bytes).
MAX_IDENT_BYTES = 63


def quote_ident(name: str) -> str:
    """Return ``name`` as a quoted SQL identifier.

    >>> quote_ident("zones")
    '"zones"'
    >>> quote_ident('a"; DROP TABLE zones; --')
    '"a""; DROP TABLE zones; --"'

    Raises
    ------
    ValueError
        If the name is empty or holds a NUL character (which neither
        database can store in a name).
    """
    if not isinstance(name, str) or not name or "\x00" in name:
        raise ValueError(f"not a usable SQL name: {name!r}")
    return '"' + name.replace('"', '""') + '"'


def qualified(schema: str | None, name: str) -> str:
    """Return ``"schema"."name"`` (or just ``"name"`` without a schema).

    >>> qualified("zoneplanner", "zones")
    '"zoneplanner"."zones"'
    """
    return (
        quote_ident(name)
        if not schema
        else f"{quote_ident(schema)}.{quote_ident(name)}"
    )


def check_schema_name(name: str) -> str:
    """Return ``name`` if it can be a PostgreSQL schema name, else raise.

    Any text is safe once quoted; this refuses names PostgreSQL would
    silently truncate or reserve (``pg_`` prefix), so the schema a planner
    typed is the schema that gets used.

    >>> check_schema_name("zoneplanner")
    'zoneplanner'
    """
    quote_ident(name)
    if len(name.encode("utf-8")) > MAX_IDENT_BYTES:
        raise ValueError(f"schema name longer than {MAX_IDENT_BYTES} bytes: {name!r}")
    if name.lower().startswith("pg_"):
        raise ValueError(f"schema names starting with pg_ are reserved: {name!r}")
    return name
