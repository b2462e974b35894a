"""Team database commands: db-init, publish, checkout, checkin.

Exit codes (the shared table in :mod:`cli.errors`, one ``error:`` line on
stderr): 0 done; 2 bad input (arguments, a project that is not a snapshot);
3 the project or database cannot be opened (missing, damaged or foreign
file, server unreachable, sign-in refused); 4 conflict or locked (a checkin
left conflicts, a project already exists, the server refused the role);
1 unexpected.

Passwords are never taken on the command line: ~/.pgpass, the service file,
``PGPASSWORD``, or ``--ask-password`` (typed, not echoed, used once).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

EXIT_OK, EXIT_UNEXPECTED, EXIT_INPUT, EXIT_OPEN, EXIT_CONFLICT = 0, 1, 2, 3, 4
ROLE_CHOICES = ("viewer", "editor", "approver", "admin")


def _fail(cmd: str, code: int, message: str) -> int:
    """Print through the shared helper (``error: …``); return ``code``."""
    from cli.errors import ExitCode, fail

    return fail(message, ExitCode(code))


def _password(args: argparse.Namespace) -> str | None:
    if getattr(args, "ask_password", False):
        return getpass.getpass("database password: ")
    return None


def _open_error_code(exc: BaseException) -> int:
    from db.errors import (
        ConflictError,
        CorruptProjectError,
        NotAProjectError,
        PermissionDeniedError,
        ProjectLockedError,
        ServerUnreachableError,
        SignInError,
    )

    if isinstance(exc, ConflictError | ProjectLockedError | PermissionDeniedError):
        return EXIT_CONFLICT
    if isinstance(
        exc,
        ServerUnreachableError
        | SignInError
        | FileNotFoundError
        | NotAProjectError
        | CorruptProjectError,
    ):
        return EXIT_OPEN
    if isinstance(exc, ValueError):
        return EXIT_INPUT
    if isinstance(exc, FileExistsError):
        return EXIT_CONFLICT
    return EXIT_UNEXPECTED


def cmd_db_init(args: argparse.Namespace) -> int:
    """Run ``db-init``: roles, the project schema, GRANTs, role members."""
    from db import pg_roles
    from db.errors import ProjectError
    from db.open_store import is_database_target
    from db.pg_connect import parse_target
    from db.pg_store import PostgisStore

    if not is_database_target(args.database):
        return _fail("db-init", EXIT_INPUT, "needs a postgresql:// URL or service=NAME")
    grants = []
    for item in args.grant or []:
        user, _, role = item.partition("=")
        if not user or role not in ROLE_CHOICES:
            return _fail(
                "db-init",
                EXIT_INPUT,
                f"--grant takes USER=ROLE with ROLE one of {', '.join(ROLE_CHOICES)}",
            )
        grants.append((user, role))
    try:
        target = parse_target(args.database, _password(args), args.schema)
        try:
            store = PostgisStore.open(target)
            created = False
        except ProjectError as exc:
            if "holds no ZonePlanner project" not in str(exc):
                raise
            store = PostgisStore.create(target)
            created = True
        with store, store.action("", "Initialise roles") as tx:
            made = pg_roles.ensure_roles(tx.cursor)
            pg_roles.apply_grants(tx.cursor, target.schema)
            for user, role in grants:
                pg_roles.grant_role(tx.cursor, user, role, args.create_users)
    except (ProjectError, ValueError, FileExistsError) as exc:
        return _fail("db-init", _open_error_code(exc), str(exc))
    print(f"{'created' if created else 'upgraded'} project schema in {target.display}")
    if made:
        print(f"created roles: {', '.join(made)}")
    for user, role in grants:
        print(f"{user}: {role}")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    """Run ``publish``: load a project file into a new database schema."""
    from db.errors import ProjectError
    from db.open_store import is_database_target
    from db.pg_connect import parse_target
    from db.transfer import publish

    if not is_database_target(args.database):
        return _fail(
            "publish",
            EXIT_INPUT,
            "DATABASE must be a postgresql:// URL or service=NAME",
        )
    if not Path(args.project).is_file():
        return _fail("publish", EXIT_OPEN, f"{args.project}: no such project file")
    try:
        target = parse_target(args.database, _password(args), args.schema)
        report = publish(
            args.project,
            target,
            overwrite=args.overwrite,
            progress=lambda m: print(f"  {m}", file=sys.stderr),
        )
    except (ProjectError, ValueError, FileExistsError) as exc:
        return _fail("publish", _open_error_code(exc), str(exc))
    for line in report.lines():
        print(line)
    print(f"published {Path(args.project).name} to {target.display}")
    return EXIT_OK


def _parse_bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    parts = [float(v) for v in text.split(",")]
    if len(parts) != 4 or parts[0] >= parts[2] or parts[1] >= parts[3]:
        raise ValueError("--bbox needs xmin,ymin,xmax,ymax (lon/lat) with min < max")
    return parts[0], parts[1], parts[2], parts[3]


def cmd_checkout(args: argparse.Namespace) -> int:
    """Run ``checkout``: write a GeoPackage snapshot of the database project."""
    from db.errors import ProjectError
    from db.open_store import is_database_target
    from db.pg_connect import parse_target
    from db.transfer import checkout

    if not is_database_target(args.database):
        return _fail(
            "checkout",
            EXIT_INPUT,
            "DATABASE must be a postgresql:// URL or service=NAME",
        )
    out = Path(args.out)
    if out.suffix.lower() != ".gpkg":
        return _fail(
            "checkout", EXIT_INPUT, f"{out}: the snapshot must be a .gpkg file"
        )
    try:
        bbox = _parse_bbox(args.bbox)
        tables = [t.strip() for t in args.layers.split(",")] if args.layers else None
        target = parse_target(args.database, _password(args), args.schema)
        report = checkout(target, out, tables, bbox, overwrite=args.overwrite)
    except (ProjectError, ValueError, FileExistsError) as exc:
        return _fail("checkout", _open_error_code(exc), str(exc))
    for line in report.lines():
        print(line)
    print(f"snapshot written: {out}")
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    """Run ``checkin``: send a snapshot's edits back, reporting conflicts."""
    from db.errors import ProjectError
    from db.pg_connect import parse_target
    from db.transfer import checkin

    if not Path(args.snapshot).is_file():
        return _fail("checkin", EXIT_OPEN, f"{args.snapshot}: no such snapshot file")
    try:
        target = (
            parse_target(args.database, _password(args), args.schema)
            if args.database
            else None
        )
        report = checkin(args.snapshot, target)
    except (ProjectError, ValueError) as exc:
        return _fail("checkin", _open_error_code(exc), str(exc))
    for line in report.lines():
        print(line)
    if report.conflicts:
        n = sum(len(c.fids) for c in report.conflicts)
        return _fail(
            "checkin",
            EXIT_CONFLICT,
            f"{n} feature(s) were changed in the database since checkout and were "
            "NOT sent; they stay as you edited them in the snapshot. Check out "
            "again (or open the database) to merge them.",
        )
    print("checked in")
    return EXIT_OK


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--schema", help="project schema in the database (default zoneplanner)"
    )
    p.add_argument(
        "--ask-password",
        action="store_true",
        help="ask for the database password (else ~/.pgpass, service file, PGPASSWORD)",
    )


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add db-init, publish, checkout and checkin to the main parser."""
    p = sub.add_parser(
        "db-init",
        help="create the roles, project schema and GRANTs in a database",
        description="Create the group roles zp_viewer, zp_editor, zp_approver and "
        "zp_admin, the project schema (empty, or upgrade an existing one) and the "
        "GRANTs. Run as a database owner with CREATEROLE (or a superuser).",
    )
    p.add_argument("database", help="postgresql://… URL or service=NAME")
    p.add_argument(
        "--grant",
        action="append",
        metavar="USER=ROLE",
        help="make USER a viewer, editor, approver or admin (repeatable)",
    )
    p.add_argument(
        "--create-users",
        action="store_true",
        help="create missing users for --grant (LOGIN, no password: set one in psql)",
    )
    _common(p)
    p.set_defaults(func=cmd_db_init)

    p = sub.add_parser(
        "publish",
        help="load a project file into a team database",
        description="Create the project schema in DATABASE and copy PROJECT.gpkg "
        "into it (layers with their fids, settings, layouts, rules, audit history).",
    )
    p.add_argument("project", help="project .gpkg")
    p.add_argument("database", help="postgresql://… URL or service=NAME")
    p.add_argument("--overwrite", action="store_true", help="replace a project there")
    _common(p)
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser(
        "checkout",
        help="write a GeoPackage snapshot for work without a connection",
    )
    p.add_argument("database", help="postgresql://… URL or service=NAME")
    p.add_argument("--out", required=True, help="snapshot .gpkg to write")
    p.add_argument(
        "--layers", help="tables: basemap,zones,enterprises,conversion_cases"
    )
    p.add_argument("--bbox", help="xmin,ymin,xmax,ymax in EPSG:4490 lon/lat")
    p.add_argument("--overwrite", action="store_true")
    _common(p)
    p.set_defaults(func=cmd_checkout)

    p = sub.add_parser(
        "checkin",
        help="send a snapshot's edits back to the database",
        description="Send what changed in SNAPSHOT since checkout, feature by "
        "feature; features changed in the database meanwhile are conflicts: "
        "reported (exit 4), never overwritten, and kept in the snapshot.",
    )
    p.add_argument("snapshot", help="the .gpkg written by checkout")
    p.add_argument("database", nargs="?", help="default: where it was checked out from")
    _common(p)
    p.set_defaults(func=cmd_checkin)
