"""Where a team project lives: a ``postgresql://`` URL or a libpq service name.

Accepted targets (anything libpq accepts, plus our ``schema``):

- ``postgresql://user@host:5432/dbname?sslmode=require&schema=zoneplanner``
- ``service=bureau`` (a section of ``~/.pg_service.conf`` / ``PGSERVICEFILE``),
  optionally with more keywords: ``service=bureau schema=plans``
- ``host=… dbname=… user=…`` keyword strings

Passwords: a password in the target is used for this session only and is
removed from everything we print, log or remember (:func:`redact`); the
normal places are ~/.pgpass, the service file, or the connection dialog,
which passes it as ``password`` and never stores it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from db.errors import ServerUnreachableError, SignInError
from db.sql_names import check_schema_name

log = logging.getLogger(__name__)

DEFAULT_SCHEMA = "zoneplanner"
URL_PREFIXES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "ZonePlanner"


def is_database_target(text: str | object) -> bool:
    """Return True if ``text`` names a database rather than a file.

    >>> is_database_target("postgresql://db.example/plans")
    True
    >>> is_database_target("service=bureau")
    True
    >>> is_database_target("project.gpkg")
    False
    """
    if not isinstance(text, str):
        return False
    t = text.strip()
    return t.lower().startswith(URL_PREFIXES) or t.startswith("service=")


@dataclass(frozen=True)
class PgTarget:
    """A parsed database target; the password is held for this session only."""

    params: tuple[tuple[str, str], ...]  # libpq keywords, password excluded
    schema: str = DEFAULT_SCHEMA
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def conninfo(self) -> str:
        """Return the libpq keyword string (without the password)."""
        from psycopg.conninfo import make_conninfo

        return make_conninfo("", **dict(self.params))

    def get(self, key: str, default: str = "") -> str:
        """Return one libpq keyword's value."""
        return dict(self.params).get(key, default)

    @property
    def display(self) -> str:
        """Return ``dbname@host/schema`` for titles and messages (no secrets)."""
        p = dict(self.params)
        if "service" in p and "dbname" not in p:
            where = f"service {p['service']}"
        else:
            host = p.get("host", "localhost")
            if host.startswith("/"):
                host = "local socket"
            where = f"{p.get('dbname', '?')}@{host}"
        return f"{where}/{self.schema}"

    def redacted(self) -> str:
        """Return a target string that reopens this database, minus the password."""
        p = dict(self.params)
        if set(p) <= {"service"} and "service" in p:
            text = f"service={p['service']}"
            return (
                text
                if self.schema == DEFAULT_SCHEMA
                else f"{text} schema={self.schema}"
            )
        query = {
            k: v for k, v in p.items() if k not in ("user", "dbname", "host", "port")
        }
        if self.schema != DEFAULT_SCHEMA:
            query["schema"] = self.schema
        host = p.get("host", "")
        netloc = ""
        if p.get("user"):
            netloc = _quote(p["user"]) + "@"
        if host and not host.startswith("/"):
            netloc += host + (f":{p['port']}" if p.get("port") else "")
        elif host:
            query = {
                "host": host,
                **({"port": p["port"]} if p.get("port") else {}),
                **query,
            }
        return urlunsplit(
            (
                "postgresql",
                netloc,
                "/" + _quote(p.get("dbname", "")),
                urlencode(query),
                "",
            )
        )

    def with_password(self, password: str | None) -> PgTarget:
        """Return the same target with a session password."""
        return PgTarget(self.params, self.schema, password)


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def parse_target(
    text: str, password: str | None = None, schema: str | None = None
) -> PgTarget:
    """Parse a URL, service name or keyword string into a :class:`PgTarget`.

    Raises
    ------
    ValueError
        If libpq cannot read it, or the schema name is unusable.
    """
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    raw = text.strip()
    found_schema = None
    if raw.lower().startswith(URL_PREFIXES):
        parts = urlsplit(raw)
        query = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in query if k != "schema"]
        found_schema = next((v for k, v in query if k == "schema"), None)
        raw = urlunsplit(parts._replace(query=urlencode(kept)))
    else:
        words = []
        for word in raw.split():
            if word.startswith("schema="):
                found_schema = word.split("=", 1)[1]
            else:
                words.append(word)
        raw = " ".join(words)
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(raw).items()}
    except ProgrammingError as exc:
        raise ValueError(f"not a database address: {redact(text)} ({exc})") from exc
    given = params.pop("password", None)
    name = check_schema_name(schema or found_schema or DEFAULT_SCHEMA)
    return PgTarget(tuple(sorted(params.items())), name, password or given)


def redact(text: str) -> str:
    """Return ``text`` with any password in a URL or keyword string removed.

    >>> redact("postgresql://ann:s3cret@db/plans")
    'postgresql://ann@db/plans'
    >>> redact("host=db password=s3cret dbname=plans")
    'host=db password=*** dbname=plans'
    """
    t = str(text)
    if t.lower().startswith(URL_PREFIXES):
        parts = urlsplit(t)
        netloc = parts.netloc
        if "@" in netloc:
            cred, host = netloc.rsplit("@", 1)
            netloc = cred.split(":", 1)[0] + "@" + host
        query = [
            (k, "***" if k == "password" else v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ]
        return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query)))
    out = []
    for word in t.split():
        out.append("password=***" if word.startswith("password=") else word)
    return " ".join(out)


def connect(target: PgTarget, autocommit: bool = False) -> Any:
    """Open a psycopg connection to ``target`` with our schema first on the path.

    Raises
    ------
    SignInError
        If the server refused the user, password or database.
    ServerUnreachableError
        If no server answered.
    """
    import psycopg

    kwargs: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": APPLICATION_NAME,
        "autocommit": autocommit,
    }
    if target.password:
        kwargs["password"] = target.password
    try:
        conn = psycopg.connect(target.conninfo, **kwargs)
    except psycopg.OperationalError as exc:
        raise connect_error(target, exc) from exc
    search_path(conn, target.schema)
    return conn


def search_path(conn: Any, schema: str) -> None:
    """Put ``schema`` (then public, where PostGIS lives) first on the path."""
    from psycopg import sql

    was = conn.autocommit
    conn.autocommit = True
    try:
        conn.execute(
            sql.SQL("SET search_path TO {}, public").format(sql.Identifier(schema))
        )
    finally:
        conn.autocommit = was


def connect_error(target: PgTarget, exc: BaseException) -> Exception:
    """Return the planner-facing error for a failed connection attempt."""
    detail = (
        str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    )
    lowered = detail.lower()
    refused_signin = (
        "password authentication failed" in lowered
        or "no password supplied" in lowered
        or ("role" in lowered and "does not exist" in lowered)
        or ("database" in lowered and "does not exist" in lowered)
        or "authentication failed" in lowered
    )
    if refused_signin:
        return SignInError(
            f"{target.display}: the server refused the sign-in ({detail})."
        )
    return ServerUnreachableError(
        f"The database server for {target.display} cannot be reached ({detail}). "
        "Nothing was changed; try again when it is back."
    )
