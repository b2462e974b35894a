"""Headless ``import-zones`` and ``export-zones`` (registered by main.py).

Exit codes: 0 done; 2 rejected input or bad arguments (one line on stderr,
nothing written: the project file stays byte-identical); 1 unexpected failure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from layers.zones import safe_input

USER = "cli"
LIMITS = (
    f"Limits: input files up to {safe_input.MAX_INPUT_BYTES // 1024**2} MiB; zip/KMZ "
    f"archives up to {safe_input.MAX_MEMBERS} members, "
    f"{safe_input.MAX_UNCOMPRESSED // 1024**2} MiB expanded and "
    f"{safe_input.MAX_RATIO}:1 per member; KML with DOCTYPE/ENTITY is refused."
)


def _fail(msg: str, code: int = 2) -> int:
    print(f"error: {' '.join(str(msg).split())}", file=sys.stderr)
    return code


def add_parsers(subparsers: Any) -> None:
    """Add ``import-zones`` and ``export-zones`` to main.py's subparsers."""
    p = subparsers.add_parser(
        "import-zones",
        help="import zone boundaries (GPKG, SHP/zip, GeoJSON, KML/KMZ, DXF, CSV+WKT)",
        description="Import zone polygons into a project, all or nothing. " + LIMITS,
    )
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument("file", help="input file")
    p.add_argument(
        "--crs",
        help="source CRS: EPSG:4548, gk117, wgs84, cgcs2000, gcj02, bd09 "
        "(default: from the file; required for DXF)",
    )
    p.add_argument(
        "--encoding", help="text encoding of DBF/CSV (default: .cpg or detect)"
    )
    p.add_argument("--layer", help="layer of a multi-layer file")
    p.add_argument("--kind", help="zone kind for rows without one (e.g. zgc_park)")
    p.add_argument(
        "--replace-matching",
        action="store_true",
        help="replace the boundaries of zones matching by code or name",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="map a source column onto a zone field (repeatable)",
    )
    p.set_defaults(func=cmd_import_zones)
    p = subparsers.add_parser(
        "export-zones", help="export zones to GPKG/SHP zip/GeoJSON/KML/DXF"
    )
    p.add_argument("project", help="project .gpkg or database URL / service=NAME")
    p.add_argument(
        "--out", required=True, help="output file; the extension picks the format"
    )
    p.add_argument("--crs", default="EPSG:4490", help="target CRS (default EPSG:4490)")
    p.add_argument(
        "--kind", action="append", help="export only these kinds (repeatable)"
    )
    p.set_defaults(func=cmd_export_zones)


def cmd_import_zones(args: argparse.Namespace) -> int:
    """Run ``import-zones``; return the exit code."""
    from db.errors import ProjectError
    from db.open_store import describe_target, open_store, project_missing
    from layers.zones.safe_input import ZoneImportError
    from layers.zones.zone_import import (
        ImportOptions,
        apply_plan,
        default_mapping,
        plan_import,
        read_zones,
    )

    project = describe_target(args.project)
    if project_missing(args.project):
        return _fail(f"{project}: no such project file")
    try:
        mapping = None
        if args.map:
            pairs = [m.split("=", 1) for m in args.map]
            if any(len(p) != 2 for p in pairs):
                return _fail("--map takes FIELD=COLUMN")
            mapping = dict(pairs)
        opts = ImportOptions(args.crs, args.encoding, args.layer, None, args.kind)
        imp = read_zones(args.file, opts)
        if mapping:
            opts.mapping = {**default_mapping(imp.source_columns), **mapping}
            imp = read_zones(args.file, opts)
        store = open_store(args.project)
        try:
            plan = plan_import(store.read_table("zones"), imp, args.replace_matching)
            inserted, replaced = apply_plan(store, plan, USER)
        finally:
            store.close()
    except ZoneImportError as exc:
        return _fail(str(exc))
    except ProjectError as exc:  # locked, conflict, read-only: one line too
        return _fail(f"{project}: {exc}")
    for w in imp.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(
        f"imported {inserted} new zone(s), replaced {replaced} boundary(ies) "
        f"from {Path(args.file).name} ({imp.coord_source})"
    )
    return 0


def cmd_export_zones(args: argparse.Namespace) -> int:
    """Run ``export-zones``; return the exit code."""
    from db.errors import ProjectError
    from db.open_store import describe_target, open_store, project_missing
    from layers.zones.zone_export import ZoneExportError, export_zones

    project = describe_target(args.project)
    if project_missing(args.project):
        return _fail(f"{project}: no such project file")
    try:
        store = open_store(args.project, read_only=True)
    except ProjectError as exc:
        return _fail(f"{project}: {exc}")
    try:
        zones = store.read_table(
            "zones", where={"kind": args.kind} if args.kind else None
        )
    finally:
        store.close()
    if len(zones) == 0:
        return _fail(f"{project}: no zones to export")
    notes: list[str] = []
    try:
        out = export_zones(zones, args.out, args.crs, notes)
    except ZoneExportError as exc:
        return _fail(str(exc))
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    print(f"exported {len(zones)} zone(s) to {out} ({args.crs})")
    return 0
