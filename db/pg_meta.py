"""PostGIS-only registration: spatial indexes, row stamps, audit and notify triggers.

The PostgreSQL counterpart of :mod:`db.gpkg_meta`: migrations call
:func:`register_layer` / :func:`register_table` through
``db.migrations.helpers``, which picks the right module per dialect.

What the triggers do, so every client (ours, QGIS, psql) is treated alike:

- ``zp_stamp`` (BEFORE UPDATE, per row; BEFORE INSERT only for rows that
  do not carry the column defaults) on versioned tables sets
  ``row_version`` (1, then +1 on every update), ``updated_at`` and
  ``updated_by`` (the database user). An admin restoring a snapshot (publish,
  ``zp.restore = on``) keeps the values it sends.
- ``zp_after`` (AFTER, per statement, with transition tables) writes the
  audit log exactly as the GeoPackage store does (a row per feature, or one
  summary for inserts of 1,000 rows or more; geometry as WKT) with the
  database user, and sends one ``NOTIFY zp_changes`` with the table, the
  operation and the fids (all of them up to :data:`NOTIFY_MAX_FIDS`).
- ``zp_case_decision`` (BEFORE INSERT/UPDATE/DELETE on conversion_cases)
  refuses, unless the user is an approver, setting a status of
  approved/rejected, changing a decided case to another status, and deleting
  a decided case.

The functions are SECURITY DEFINER (they write the audit log, which no
planner role may write directly) with a fixed ``search_path``; tables are
addressed through ``TG_TABLE_SCHEMA``, so one set of functions per schema
serves every table in it.
"""

from __future__ import annotations

from typing import Any

from db.sql_names import quote_ident

SRID = 4490
NOTIFY_CHANNEL = "zp_changes"
NOTIFY_MAX_FIDS = 500
BULK_AUDIT_MIN = 1000  # same as db.audit.PER_ROW_INSERT_LIMIT

_NOW = """CREATE OR REPLACE FUNCTION {s}.zp_now() RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('zp.now', true), ''),
    to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
$$"""

_MAY = """CREATE OR REPLACE FUNCTION {s}.zp_member(role_name text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = role_name)
      OR pg_catalog.pg_has_role(session_user, role_name, 'MEMBER')
$$"""

_STAMP = """CREATE OR REPLACE FUNCTION {s}.zp_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('zp.restore', true) = 'on'
     AND {s}.zp_member('zp_admin') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.row_version := 1;
  ELSE
    NEW.row_version := OLD.row_version + 1;
  END IF;
  NEW.updated_at := {s}.zp_now();
  NEW.updated_by := session_user;
  RETURN NEW;
END $$"""

_DECISION = """CREATE OR REPLACE FUNCTION {s}.zp_case_decision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF {s}.zp_member('zp_approver') THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('approved', 'rejected') THEN
      RAISE EXCEPTION 'only an approver may delete a decided case (case %, %)',
        OLD.case_no, OLD.status USING ERRCODE = '42501';
    END IF;
    RETURN OLD;
  END IF;
  IF NEW.status IN ('approved', 'rejected')
     AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
    RAISE EXCEPTION 'only an approver may set a case to % (case %)',
      NEW.status, NEW.case_no USING ERRCODE = '42501';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status IN ('approved', 'rejected')
     AND OLD.status IS DISTINCT FROM NEW.status THEN
    RAISE EXCEPTION 'only an approver may change a decided case (case %, % -> %)',
      NEW.case_no, OLD.status, NEW.status USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$"""

# One function for every table: TG_ARGV[0] is the primary key, TG_ARGV[1]
# the geometry column ('' for none). Transition tables are visible to EXECUTE.
_AFTER = """CREATE OR REPLACE FUNCTION {s}.zp_after() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  pk text := TG_ARGV[0];
  g text := TG_ARGV[1];
  audit text := format('%I.zp_audit_log', TG_TABLE_SCHEMA);
  cols text := '(at, "user", action, table_name, row_fid, before_json, after_json)';
  who text := session_user;
  at text;
  js text;
  n bigint;
  fids jsonb;
BEGIN
  EXECUTE format('SELECT %I.zp_now()', TG_TABLE_SCHEMA) INTO at;
  IF g = '' THEN
    js := 'to_jsonb(%1$s)::text';
  ELSE
    js := format('(to_jsonb(%%1$s) - %L || jsonb_build_object(%L, '
                 'ST_AsText(%%1$s.%I)))::text', g, g, g);
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT count(*), jsonb_agg(%I ORDER BY %I) FROM '
                   '(SELECT %I FROM new_rows LIMIT %s) x', pk, pk, pk, {maxf} + 1)
      INTO n, fids;
    IF n = 0 THEN RETURN NULL; END IF;
    EXECUTE 'SELECT count(*) FROM new_rows' INTO n;
    IF n >= {bulk} THEN
      EXECUTE format('INSERT INTO %s %s SELECT $1, $2, ''bulk_insert'', $3, NULL, '
        'NULL, json_build_object(''count'', count(*), ''fid_min'', min(%I), '
        '''fid_max'', max(%I), ''source'', $4)::text FROM new_rows',
        audit, cols, pk, pk)
        USING at, who, TG_TABLE_NAME,
          coalesce(nullif(current_setting('zp.source', true), ''), 'database');
    ELSE
      EXECUTE format('INSERT INTO %s %s SELECT $1, $2, ''insert'', $3, r.%I, NULL, '
        || format(js, 'r') || ' FROM new_rows r ORDER BY r.%I', audit, cols, pk, pk)
        USING at, who, TG_TABLE_NAME;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE format('SELECT count(*), jsonb_agg(%I ORDER BY %I) FROM '
                   '(SELECT %I FROM new_rows LIMIT %s) x', pk, pk, pk, {maxf} + 1)
      INTO n, fids;
    IF n = 0 THEN RETURN NULL; END IF;
    EXECUTE format('INSERT INTO %s %s SELECT $1, $2, ''update'', $3, o.%I, '
      || format(js, 'o') || ', ' || format(js, 'r')
      || ' FROM old_rows o JOIN new_rows r ON r.%I = o.%I ORDER BY o.%I',
      audit, cols, pk, pk, pk, pk)
      USING at, who, TG_TABLE_NAME;
  ELSE
    EXECUTE format('SELECT count(*), jsonb_agg(%I ORDER BY %I) FROM '
                   '(SELECT %I FROM old_rows LIMIT %s) x', pk, pk, pk, {maxf} + 1)
      INTO n, fids;
    IF n = 0 THEN RETURN NULL; END IF;
    EXECUTE format('INSERT INTO %s %s SELECT $1, $2, ''delete'', $3, o.%I, '
      || format(js, 'o') || ', NULL FROM old_rows o ORDER BY o.%I',
      audit, cols, pk, pk)
      USING at, who, TG_TABLE_NAME;
  END IF;
  IF n > {maxf} THEN
    fids := NULL;
  END IF;
  PERFORM pg_notify('{channel}', json_build_object(
    'schema', TG_TABLE_SCHEMA, 'table', TG_TABLE_NAME, 'op', lower(TG_OP),
    'fids', fids, 'user', who,
    'session', coalesce(current_setting('zp.session', true), ''))::text);
  RETURN NULL;
END $$"""

# Keyed app tables (settings, rules versions): one summary row per statement;
# TG_ARGV[0] is the key column, TG_ARGV[1] the audit action.
_KEYED_AFTER = """CREATE OR REPLACE FUNCTION {s}.zp_keyed_after() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  at text;
  keys jsonb;
BEGIN
  EXECUTE format('SELECT %I.zp_now()', TG_TABLE_SCHEMA) INTO at;
  EXECUTE format('SELECT jsonb_agg(%1$I ORDER BY %1$I) FROM new_rows', TG_ARGV[0])
    INTO keys;
  IF keys IS NULL THEN RETURN NULL; END IF;
  EXECUTE format('INSERT INTO %I.zp_audit_log (at, "user", action, table_name, '
    'row_fid, before_json, after_json) VALUES ($1, $2, $3, $4, NULL, '
    'NULL, $5)', TG_TABLE_SCHEMA)
    USING at, session_user, TG_ARGV[1], TG_TABLE_NAME,
      json_build_object('keys', keys)::text;
  PERFORM pg_notify('{channel}', json_build_object(
    'schema', TG_TABLE_SCHEMA, 'table', TG_TABLE_NAME, 'op', lower(TG_OP),
    'fids', NULL, 'user', session_user,
    'session', coalesce(current_setting('zp.session', true), ''))::text);
  RETURN NULL;
END $$"""


# An application note in the audit log (catalogue loaded, rules recorded):
# written as the signed-in database user, never as anyone else.
_NOTE = """CREATE OR REPLACE FUNCTION {s}.zp_audit_note(
  note_action text, note_table text, note_json text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  INSERT INTO {s}.zp_audit_log (at, "user", action, table_name, row_fid,
    before_json, after_json)
  VALUES ({s}.zp_now(), session_user, note_action, note_table, NULL, NULL,
    note_json);
END $$"""


def _fmt(sql: str, schema: str) -> str:
    return (
        sql.replace("{s}", quote_ident(schema))
        .replace("{maxf}", str(NOTIFY_MAX_FIDS))
        .replace("{bulk}", str(BULK_AUDIT_MIN))
        .replace("{channel}", NOTIFY_CHANNEL)
    )


def create_functions(cur: Any, schema: str) -> None:
    """Create (or replace) the trigger functions in ``schema``."""
    for sql in (_NOW, _MAY, _STAMP, _DECISION, _AFTER, _KEYED_AFTER, _NOTE):
        cur.execute(_fmt(sql, schema))


def register_layer(
    cur: Any, schema: str, table: str, pk: str, versioned: bool, geom: str = "geom"
) -> None:
    """Give a feature table its GiST index, stamps, audit and notify triggers."""
    t = f"{quote_ident(schema)}.{quote_ident(table)}"
    cur.execute(
        f"CREATE INDEX IF NOT EXISTS {quote_ident(f'{table}_{geom}_gist')} "
        f"ON {t} USING gist ({quote_ident(geom)})"
    )
    register_table(cur, schema, table, pk, versioned, geom)


def register_table(
    cur: Any, schema: str, table: str, pk: str, versioned: bool, geom: str = ""
) -> None:
    """Give a table its stamps (if versioned), audit and notify triggers."""
    t = f"{quote_ident(schema)}.{quote_ident(table)}"
    s = quote_ident(schema)
    if versioned:
        # New rows get their stamps from column defaults; the insert trigger
        # only runs for rows that bring other values (to reset or, for an
        # admin restoring a snapshot, to keep them), which saves a PL/pgSQL
        # call per row on bulk loads.
        cur.execute(
            f"ALTER TABLE {t} ALTER COLUMN row_version SET DEFAULT 1, "
            f"ALTER COLUMN updated_at SET DEFAULT {s}.zp_now(), "
            "ALTER COLUMN updated_by SET DEFAULT session_user"
        )
        cur.execute(
            f"CREATE TRIGGER zp_stamp_insert BEFORE INSERT ON {t} FOR EACH ROW "
            "WHEN (NEW.row_version IS DISTINCT FROM 1 "
            "OR NEW.updated_by IS DISTINCT FROM session_user "
            f"OR NEW.updated_at IS DISTINCT FROM {s}.zp_now()) "
            f"EXECUTE FUNCTION {s}.zp_stamp()"
        )
        cur.execute(
            f"CREATE TRIGGER zp_stamp BEFORE UPDATE ON {t} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.zp_stamp()"
        )
    args = f"{_literal(pk)}, {_literal(geom)}"
    for event, refs in (
        ("INSERT", "NEW TABLE AS new_rows"),
        ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        ("DELETE", "OLD TABLE AS old_rows"),
    ):
        cur.execute(
            f"CREATE TRIGGER {quote_ident('zp_after_' + event.lower())} "
            f"AFTER {event} ON {t} REFERENCING {refs} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {s}.zp_after({args})"
        )


def register_keyed(
    cur: Any, schema: str, table: str, key: str, action: str = "insert"
) -> None:
    """Audit and announce writes to a keyed app table (one summary per statement)."""
    t = f"{quote_ident(schema)}.{quote_ident(table)}"
    s = quote_ident(schema)
    args = f"{_literal(key)}, {_literal(action)}"
    for event in ("INSERT", "UPDATE"):
        cur.execute(
            f"CREATE TRIGGER {quote_ident('zp_keyed_' + event.lower())} "
            f"AFTER {event} ON {t} REFERENCING NEW TABLE AS new_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.zp_keyed_after({args})"
        )


def register_case_decisions(cur: Any, schema: str) -> None:
    """Let only approvers make, change or delete a case's decision.

    A decision is the status approved / rejected: setting it, changing a
    decided case to another status and deleting a decided case need the
    approver role (schema v5; before it, only setting was guarded).
    """
    s = quote_ident(schema)
    cur.execute(_fmt(_DECISION, schema))
    cur.execute(f"DROP TRIGGER IF EXISTS zp_case_decision ON {s}.conversion_cases")
    cur.execute(
        f"CREATE TRIGGER zp_case_decision BEFORE INSERT OR UPDATE OR DELETE "
        f"ON {s}.conversion_cases FOR EACH ROW "
        f"EXECUTE FUNCTION {s}.zp_case_decision()"
    )


def _literal(text: str) -> str:
    """Return a trigger argument literal (names only: letters, digits, _)."""
    if not all(ch.isalnum() or ch == "_" for ch in text):
        raise ValueError(f"not a plain column name: {text!r}")
    return "'" + text + "'"
