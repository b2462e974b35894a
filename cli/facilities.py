"""Headless ``load-facilities``: put the policy's indicative facilities in a project.

A new project, or one migrated to schema v4, has an empty ``facilities`` layer;
this loads the shipped points (resources/facilities, 示意) in one action. Exit
codes are the table in :mod:`cli.errors`.
"""

from __future__ import annotations

import argparse

from cli.errors import CommandError, open_store

USER = "cli"


def add_parsers(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add ``load-facilities`` to main.py's subparsers."""
    p = subparsers.add_parser(
        "load-facilities",
        help="load the policy's indicative facilities (示意 points) into a project",
        description="Insert the places the 2016 policy names as points "
        "(resources/facilities) into the project's facilities layer, all or nothing.",
    )
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace the project's facilities (default: refuse if it has any)",
    )
    p.set_defaults(func=cmd_load_facilities)


def cmd_load_facilities(args: argparse.Namespace) -> int:
    """Run ``load-facilities``; return the exit code."""
    from db.shipped_facilities import FacilitiesPresentError, load_shipped_facilities

    store = open_store(args.project)
    try:
        n = load_shipped_facilities(store, USER, replace=args.replace)
    except FacilitiesPresentError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()
    print(f"loaded {n} facilities (示意, indicative positions) into {args.project}")
    return 0
