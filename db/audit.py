"""The audit log (zp_audit_log): who changed which row, when, before and after.

Policy (DESIGN.md "Data safety"):

- every update and every delete writes one row per feature, with the stored
  row before and the row after as JSON (attributes + geometry as WKT);
- inserts of fewer than :data:`PER_ROW_INSERT_LIMIT` rows write one row per
  feature (``before_json`` NULL); larger bulk inserts (imports, the demo
  set) write one summary row (``row_fid`` NULL; ``after_json`` holds count,
  fid range and source) so a million-row import does not double the file;
- project-state saves (settings, layouts) write one row per action.

Audit rows are written in the same transaction as the change, so a failed
action leaves no audit trace either.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

PER_ROW_INSERT_LIMIT = 1000

_SQL = (
    'INSERT INTO zp_audit_log (at, "user", action, table_name, row_fid, '
    "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _sql_for(cur: Any) -> str:
    """Return the insert in the cursor's parameter style (sqlite3 or psycopg)."""
    if type(cur).__module__.startswith("psycopg"):
        return _SQL.replace("?", "%s")
    return _SQL


def dumps(obj: Any) -> str | None:
    """Return compact JSON (UTF-8 kept readable), None for None."""
    if obj is None:
        return None
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


def write_rows(
    cur: Any,
    at: str,
    user: str,
    action: str,
    table: str,
    entries: Iterable[tuple[int | None, Any, Any]],
) -> None:
    """Write one audit row per ``(fid, before, after)`` entry."""
    cur.executemany(
        _sql_for(cur),
        ((at, user, action, table, fid, dumps(b), dumps(a)) for fid, b, a in entries),
    )


def write_summary(
    cur: Any, at: str, user: str, action: str, table: str, summary: dict[str, Any]
) -> None:
    """Write one summary audit row (bulk inserts, project-state saves).

    On PostGIS (a psycopg cursor) the row goes through ``zp_audit_note``, which
    writes it as the signed-in database user at the action's time: no planner
    role may write the audit log directly.
    """
    if type(cur).__module__.startswith("psycopg"):
        cur.execute("SELECT zp_audit_note(%s, %s, %s)", (action, table, dumps(summary)))
        return
    cur.execute(_SQL, (at, user, action, table, None, None, dumps(summary)))
